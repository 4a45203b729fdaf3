<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Store</name>
    <message numerus="yes">
      <source>The user %1 still owns %n peer(s); give them another owner or remove them first.</source>
      <translation>
        <numerusform>The user %1 still owns %n peer; give it another owner or remove it first.</numerusform>
        <numerusform>The user %1 still owns %n peers; give them another owner or remove them first.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wgdesk::models::DeliveriesModel</name>
    <message numerus="yes">
      <source>Given up %1 after %n attempt(s).</source>
      <translation>
        <numerusform>Given up %1 after %n attempt.</numerusform>
        <numerusform>Given up %1 after %n attempts.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not delivered yet after %n attempt(s).</source>
      <translation>
        <numerusform>Not delivered yet after %n attempt.</numerusform>
        <numerusform>Not delivered yet after %n attempts.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wgdesk::models::PeersModel</name>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>%n day ago</numerusform>
        <numerusform>%n days ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n h ago</source>
      <translation>
        <numerusform>%n h ago</numerusform>
        <numerusform>%n h ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min ago</source>
      <translation>
        <numerusform>%n min ago</numerusform>
        <numerusform>%n min ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n s ago</source>
      <translation>
        <numerusform>%n s ago</numerusform>
        <numerusform>%n s ago</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::MainWindow</name>
    <message numerus="yes">
      <source>%1 owns %n peer(s). Who should own them?</source>
      <translation>
        <numerusform>%1 owns %n peer. Who should own it?</numerusform>
        <numerusform>%1 owns %n peers. Who should own them?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n failed</source>
      <translation>
        <numerusform>Webhooks: %n failed</numerusform>
        <numerusform>Webhooks: %n failed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n pending</source>
      <translation>
        <numerusform>Webhooks: %n pending</numerusform>
        <numerusform>Webhooks: %n pending</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::TrafficGraph</name>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n s</source>
      <translation>
        <numerusform>%n s</numerusform>
        <numerusform>%n s</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::TrayIcon</name>
    <message numerus="yes">
      <source>%1: %2 of %n peers connected</source>
      <translation>
        <numerusform>%1: %2 of %n peer connected</numerusform>
        <numerusform>%1: %2 of %n peers connected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n events could not be delivered</source>
      <translation>
        <numerusform>Webhooks: %n event could not be delivered</numerusform>
        <numerusform>Webhooks: %n events could not be delivered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n events waiting; the last attempt failed: %1</source>
      <translation>
        <numerusform>Webhooks: %n event waiting; the last attempt failed: %1</numerusform>
        <numerusform>Webhooks: %n events waiting; the last attempt failed: %1</numerusform>
      </translation>
    </message>
  </context>
</TS>
