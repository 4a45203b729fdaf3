<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>BackendChooser</name>
    <message>
      <source>Backend: “%1” is not one of auto, kernel or userspace.</source>
      <translation>Backend: „%1“ ist keiner der Werte auto, kernel oder userspace.</translation>
    </message>
    <message>
      <source>WireGuard is not available on this machine: the kernel has no WireGuard module, and wireguard-go is not installed. Either load the kernel module (“modprobe wireguard”, Linux 5.6 or newer), or install wireguard-go (“apt-get install wireguard-go”) to run WireGuard in userspace.</source>
      <translation>WireGuard ist auf diesem Rechner nicht verfügbar: Der Kernel hat kein WireGuard-Modul, und wireguard-go ist nicht installiert. Laden Sie entweder das Kernelmodul („modprobe wireguard“, Linux 5.6 oder neuer) oder installieren Sie wireguard-go („apt-get install wireguard-go“), um WireGuard im Userspace auszuführen.</translation>
    </message>
  </context>
  <context>
    <name>ClientConfig</name>
    <message>
      <source>Interface %1 has no external endpoint (the host:port clients connect to); set one first.</source>
      <translation>Die Schnittstelle %1 hat keinen externen Endpunkt (den host:port, zu dem sich Clients verbinden); legen Sie zuerst einen fest.</translation>
    </message>
    <message>
      <source>Peer %1: WG Desk did not generate its key pair, so it has no private key to put in a client configuration.</source>
      <translation>Peer %1: WG Desk hat sein Schlüsselpaar nicht erzeugt und hat daher keinen privaten Schlüssel für eine Client-Konfiguration.</translation>
    </message>
  </context>
  <context>
    <name>Drift</name>
    <message>
      <source>%1: recorded %2, running %3</source>
      <translation>%1: gespeichert %2, laufend %3</translation>
    </message>
    <message>
      <source>It is disabled in the records but runs.</source>
      <translation>Sie ist in den Aufzeichnungen deaktiviert, läuft aber.</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
      <source>differs</source>
      <translation>weicht ab</translation>
    </message>
    <message>
      <source>in sync</source>
      <translation>synchron</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>unmanaged</source>
      <translation>nicht verwaltet</translation>
    </message>
  </context>
  <context>
    <name>InterfaceOverview</name>
    <message>
      <source>WG Desk may not manage WireGuard: it lacks the CAP_NET_ADMIN capability.</source>
      <translation>WG Desk darf WireGuard nicht verwalten: Ihm fehlt die Capability CAP_NET_ADMIN.</translation>
    </message>
  </context>
  <context>
    <name>MonitorLock</name>
    <message>
      <source>Could not lock %1: %2.</source>
      <translation>%1 konnte nicht gesperrt werden: %2.</translation>
    </message>
    <message>
      <source>Could not open the monitor lock %1: %2.</source>
      <translation>Die Monitor-Sperre %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
  </context>
  <context>
    <name>NetlinkBackend</name>
    <message>
      <source>Could not %1: it kept changing while being read (%2 attempts).</source>
      <translation>Es war nicht möglich, %1: Die Schnittstelle änderte sich beim Lesen ständig (%2 Versuche).</translation>
    </message>
    <message>
      <source>Could not %1: one peer does not fit in a netlink message of %2 bytes.</source>
      <translation>Es war nicht möglich, %1: Ein Peer passt nicht in eine netlink-Nachricht von %2 Bytes.</translation>
    </message>
    <message>
      <source>Could not %1: the kernel sent a malformed reply.</source>
      <translation>Es war nicht möglich, %1: Der Kernel hat eine fehlerhafte Antwort gesendet.</translation>
    </message>
    <message>
      <source>Could not delete %1: it is not a WireGuard interface, and WG Desk deletes only WireGuard interfaces.</source>
      <translation>Die Schnittstelle %1 konnte nicht gelöscht werden: Sie ist keine WireGuard-Schnittstelle, und WG Desk löscht nur WireGuard-Schnittstellen.</translation>
    </message>
    <message>
      <source>This kernel has no WireGuard: the “wireguard” netlink family does not exist. Load it with “modprobe wireguard” (Linux 5.6 or newer has it), or install wireguard-go to run WireGuard in userspace.</source>
      <translation>Dieser Kernel hat kein WireGuard: Die netlink-Familie „wireguard“ existiert nicht. Laden Sie das Modul mit „modprobe wireguard“ (ab Linux 5.6 vorhanden) oder installieren Sie wireguard-go, um WireGuard im Userspace auszuführen.</translation>
    </message>
    <message>
      <source>add the address %1 to %2</source>
      <translation>die Adresse %1 zu %2 hinzuzufügen</translation>
    </message>
    <message>
      <source>bring %1 down</source>
      <translation>%1 zu deaktivieren</translation>
    </message>
    <message>
      <source>bring %1 up</source>
      <translation>%1 zu aktivieren</translation>
    </message>
    <message>
      <source>configure the WireGuard interface %1</source>
      <translation>die WireGuard-Schnittstelle %1 zu konfigurieren</translation>
    </message>
    <message>
      <source>find kernel WireGuard</source>
      <translation>WireGuard im Kernel zu finden</translation>
    </message>
    <message>
      <source>read the WireGuard interface %1</source>
      <translation>die WireGuard-Schnittstelle %1 zu lesen</translation>
    </message>
    <message>
      <source>remove the address %1 from %2</source>
      <translation>die Adresse %1 von %2 zu entfernen</translation>
    </message>
    <message>
      <source>set the MTU of %1</source>
      <translation>die MTU von %1 festzulegen</translation>
    </message>
  </context>
  <context>
    <name>NetlinkSocket</name>
    <message>
      <source>Could not %1: %2.</source>
      <translation>Es war nicht möglich, %1: %2.</translation>
    </message>
    <message>
      <source>Could not %1: an interface named “%2” already exists.</source>
      <translation>Es war nicht möglich, %1: Eine Schnittstelle namens „%2“ existiert bereits.</translation>
    </message>
    <message>
      <source>Could not %1: the listen port is already in use.</source>
      <translation>Es war nicht möglich, %1: Der Port wird bereits verwendet.</translation>
    </message>
    <message>
      <source>Could not %1: there is no interface named “%2”.</source>
      <translation>Es war nicht möglich, %1: Es gibt keine Schnittstelle namens „%2“.</translation>
    </message>
    <message>
      <source>Could not %1: “%2” is not a WireGuard interface.</source>
      <translation>Es war nicht möglich, %1: „%2“ ist keine WireGuard-Schnittstelle.</translation>
    </message>
    <message>
      <source>Could not allocate a netlink socket: out of memory.</source>
      <translation>Ein netlink-Socket konnte nicht angelegt werden: Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
      <source>Could not open a netlink socket: %1.</source>
      <translation>Ein netlink-Socket konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
      <source>The kernel refused to %1 (access denied). For an IPv6 address, check that IPv6 is enabled on the interface (net.ipv6.conf.%2.disable_ipv6).</source>
      <translation>Der Kernel hat es abgelehnt, %1 (Zugriff verweigert). Prüfen Sie bei einer IPv6-Adresse, ob IPv6 auf der Schnittstelle aktiviert ist (net.ipv6.conf.%2.disable_ipv6).</translation>
    </message>
    <message>
      <source>The kernel refused to %1.</source>
      <translation>Der Kernel hat es abgelehnt, %1.</translation>
    </message>
    <message>
      <source>The kernel refused to %1: a value is not valid.</source>
      <translation>Der Kernel hat es abgelehnt, %1: Ein Wert ist ungültig.</translation>
    </message>
    <message>
      <source>The kernel reports: %1.</source>
      <translation>Der Kernel meldet: %1.</translation>
    </message>
    <message>
      <source>WG Desk may not %1: managing WireGuard needs the CAP_NET_ADMIN capability. Run it as root, or grant the capability with “setcap cap_net_admin+ep” on its executable.</source>
      <translation>WG Desk ist nicht berechtigt, %1: Die Verwaltung von WireGuard erfordert die Capability CAP_NET_ADMIN. Führen Sie WG Desk als root aus oder erteilen Sie seiner ausführbaren Datei die Capability mit „setcap cap_net_admin+ep“.</translation>
    </message>
  </context>
  <context>
    <name>PingChecker</name>
    <message>
      <source>Ping checks are off: this user may not send ICMP echo requests (%1). Peers count as connected by their handshakes only. To turn them on, add a group of this user to net.ipv4.ping_group_range (sysctl) or give WG Desk the CAP_NET_RAW capability.</source>
      <translation>Ping-Prüfungen sind aus: Dieser Benutzer darf keine ICMP-Echo-Anfragen senden (%1). Peers gelten nur anhand ihrer Handshakes als verbunden. Um sie einzuschalten, nehmen Sie eine Gruppe dieses Benutzers in net.ipv4.ping_group_range (sysctl) auf oder geben Sie WG Desk die Capability CAP_NET_RAW.</translation>
    </message>
    <message>
      <source>Ping checks to %1 addresses are off: no ICMP socket could be opened (ping socket: %2; raw socket: %3). Those peers count as connected by their handshakes only.</source>
      <translation>Ping-Prüfungen an %1-Adressen sind aus: Es konnte kein ICMP-Socket geöffnet werden (Ping-Socket: %2; Raw-Socket: %3). Diese Peers gelten nur anhand ihrer Handshakes als verbunden.</translation>
    </message>
    <message>
      <source>net.ipv4.ping_group_range (“%1”) does not include group %2, and there is no CAP_NET_RAW</source>
      <translation>net.ipv4.ping_group_range („%1“) enthält die Gruppe %2 nicht, und CAP_NET_RAW fehlt</translation>
    </message>
    <message>
      <source>ping sockets: %1; raw sockets: %2</source>
      <translation>Ping-Sockets: %1; Raw-Sockets: %2</translation>
    </message>
  </context>
  <context>
    <name>RouteNetlink</name>
    <message>
      <source>Could not %1: the interface already has that address.</source>
      <translation>Es war nicht möglich, %1: Die Schnittstelle hat diese Adresse bereits.</translation>
    </message>
    <message>
      <source>Could not %1: the interface has no such address.</source>
      <translation>Es war nicht möglich, %1: Die Schnittstelle hat keine solche Adresse.</translation>
    </message>
    <message>
      <source>add the address %1 to %2</source>
      <translation>die Adresse %1 zu %2 hinzuzufügen</translation>
    </message>
    <message>
      <source>bring %1 down</source>
      <translation>%1 zu deaktivieren</translation>
    </message>
    <message>
      <source>bring %1 up</source>
      <translation>%1 zu aktivieren</translation>
    </message>
    <message>
      <source>create the interface %1</source>
      <translation>die Schnittstelle %1 zu erstellen</translation>
    </message>
    <message>
      <source>delete the interface %1</source>
      <translation>die Schnittstelle %1 zu löschen</translation>
    </message>
    <message>
      <source>list the network interfaces</source>
      <translation>die Netzwerkschnittstellen aufzulisten</translation>
    </message>
    <message>
      <source>read the addresses of %1</source>
      <translation>die Adressen von %1 zu lesen</translation>
    </message>
    <message>
      <source>read the interface %1</source>
      <translation>die Schnittstelle %1 zu lesen</translation>
    </message>
    <message>
      <source>remove the address %1 from %2</source>
      <translation>die Adresse %1 von %2 zu entfernen</translation>
    </message>
    <message>
      <source>set the MTU of %1 to %2</source>
      <translation>die MTU von %1 auf %2 festzulegen</translation>
    </message>
  </context>
  <context>
    <name>Services</name>
    <message>
      <source>Could not save the change: %1</source>
      <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
      <source>Endpoint: the host name “%1” could not be resolved: %2.</source>
      <translation>Endpunkt: Der Hostname „%1“ konnte nicht aufgelöst werden: %2.</translation>
    </message>
    <message>
      <source>Endpoint: “%1” is not of the form host:port.</source>
      <translation>Endpunkt: „%1“ hat nicht die Form host:port.</translation>
    </message>
    <message>
      <source>Identifier: a user “%1” already exists.</source>
      <translation>Kennung: Ein Benutzer „%1“ existiert bereits.</translation>
    </message>
    <message>
      <source>Identifier: there is no user “%1”.</source>
      <translation>Kennung: Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
      <source>Interface: WG Desk has no interface named “%1”.</source>
      <translation>Schnittstelle: WG Desk hat keine Schnittstelle namens „%1“.</translation>
    </message>
    <message>
      <source>Name: %1</source>
      <translation>Name: %1</translation>
    </message>
    <message>
      <source>Name: %1 is disabled; enable it to bring it back.</source>
      <translation>Name: %1 ist deaktiviert; aktivieren Sie sie, um sie zurückzuholen.</translation>
    </message>
    <message>
      <source>Name: WG Desk already manages an interface named “%1”.</source>
      <translation>Name: WG Desk verwaltet bereits eine Schnittstelle namens „%1“.</translation>
    </message>
    <message>
      <source>Name: WG Desk has no interface named “%1”.</source>
      <translation>Name: WG Desk hat keine Schnittstelle namens „%1“.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Public key: %1 has no peer with the key %2.</source>
      <translation>Öffentlicher Schlüssel: %1 hat keinen Peer mit dem Schlüssel %2.</translation>
    </message>
    <message>
      <source>Public key: a peer with this key already runs on %1, but WG Desk has no record of it; take it in with “wgdeskctl interface adopt %1” instead.</source>
      <translation>Öffentlicher Schlüssel: Ein Peer mit diesem Schlüssel läuft bereits auf %1, aber WG Desk hat ihn nicht in seinen Aufzeichnungen; übernehmen Sie ihn stattdessen mit „wgdeskctl interface adopt %1“.</translation>
    </message>
    <message>
      <source>Putting WireGuard back as it was failed too: %1 WireGuard and WG Desk's records now differ; see “wgdeskctl drift”.</source>
      <translation>Auch das Zurücksetzen von WireGuard auf den vorherigen Stand ist fehlgeschlagen: %1 WireGuard und die Aufzeichnungen von WG Desk weichen jetzt voneinander ab; siehe „wgdeskctl drift“.</translation>
    </message>
    <message>
      <source>User: there is no user “%1” to move the peers to.</source>
      <translation>Benutzer: Es gibt keinen Benutzer „%1“, zu dem die Peers verschoben werden könnten.</translation>
    </message>
    <message>
      <source>User: there is no user “%1”.</source>
      <translation>Benutzer: Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
      <source>User: “%1” owns %2 peer(s); move them to another user first, or remove them.</source>
      <translation>Benutzer: „%1“ besitzt %2 Peer(s); verschieben Sie sie zuerst zu einem anderen Benutzer oder entfernen Sie sie.</translation>
    </message>
    <message>
      <source>WireGuard was put back as it was; nothing was changed.</source>
      <translation>WireGuard wurde auf den vorherigen Stand zurückgesetzt; es wurde nichts geändert.</translation>
    </message>
  </context>
  <context>
    <name>StatusMonitor</name>
    <message>
      <source>%1: %2 ms is not a whole number of seconds.</source>
      <translation>%1: %2 ms ist keine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
      <source>%1: %2 s is not from %3 to %4 seconds.</source>
      <translation>%1: %2 s liegt nicht zwischen %3 und %4 Sekunden.</translation>
    </message>
    <message>
      <source>%1: live tunnels handshake only every 120 s, so with less than %2 s peers would flap between connected and disconnected.</source>
      <translation>%1: Aktive Tunnel führen nur alle 120 s einen Handshake durch, daher würden Peers bei weniger als %2 s ständig zwischen verbunden und getrennt wechseln.</translation>
    </message>
    <message>
      <source>%1: “%2” is not a whole number of seconds from %3 to %4.</source>
      <translation>%1: „%2“ ist keine ganze Zahl von Sekunden zwischen %3 und %4.</translation>
    </message>
    <message>
      <source>%1: “%2” is not on or off.</source>
      <translation>%1: „%2“ ist weder „on“ noch „off“.</translation>
    </message>
    <message>
      <source>Connected threshold</source>
      <translation>Verbindungsschwelle</translation>
    </message>
    <message>
      <source>Key: “%1” is not a setting; the settings are %2.</source>
      <translation>Schlüssel: „%1“ ist keine Einstellung; die Einstellungen sind %2.</translation>
    </message>
    <message>
      <source>Ping interval</source>
      <translation>Ping-Intervall</translation>
    </message>
    <message>
      <source>Poll interval</source>
      <translation>Abfrageintervall</translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>%1 is not a WG Desk database (SQLite says: %2).</source>
      <translation>%1 ist keine WG-Desk-Datenbank (SQLite meldet: %2).</translation>
    </message>
    <message>
      <source>%1 is not a directory, so the database cannot be kept in it.</source>
      <translation>%1 ist kein Verzeichnis, daher kann die Datenbank nicht darin abgelegt werden.</translation>
    </message>
    <message>
      <source>%1 is not a regular file, so it cannot be the database.</source>
      <translation>%1 ist keine reguläre Datei und kann daher nicht die Datenbank sein.</translation>
    </message>
    <message>
      <source>A user %1 already exists.</source>
      <translation>Ein Benutzer %1 existiert bereits.</translation>
    </message>
    <message>
      <source>An interface %1 already exists.</source>
      <translation>Eine Schnittstelle %1 existiert bereits.</translation>
    </message>
    <message>
      <source>Could not check the directory %1: %2.</source>
      <translation>Das Verzeichnis %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
      <source>Could not check the permissions of %1: %2.</source>
      <translation>Die Zugriffsrechte von %1 konnten nicht geprüft werden: %2.</translation>
    </message>
    <message>
      <source>Could not count the peers of the user %1 in %2: %3.</source>
      <translation>Die Peers des Benutzers %1 konnten in %2 nicht gezählt werden: %3.</translation>
    </message>
    <message>
      <source>Could not create the database %1: %2.</source>
      <translation>Die Datenbank %1 konnte nicht erstellt werden: %2.</translation>
    </message>
    <message>
      <source>Could not create the directory %1.</source>
      <translation>Das Verzeichnis %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
      <source>Could not create the directory %1: %2.</source>
      <translation>Das Verzeichnis %1 konnte nicht erstellt werden: %2.</translation>
    </message>
    <message>
      <source>Could not forget the state of peer %1 in %2: %3.</source>
      <translation>Der Zustand von Peer %1 konnte in %2 nicht verworfen werden: %3.</translation>
    </message>
    <message>
      <source>Could not make the database %1 private: %2.</source>
      <translation>Die Datenbank %1 konnte nicht privat gemacht werden: %2.</translation>
    </message>
    <message>
      <source>Could not make the directory %1 private: %2.</source>
      <translation>Das Verzeichnis %1 konnte nicht privat gemacht werden: %2.</translation>
    </message>
    <message>
      <source>Could not open the database %1: %2.</source>
      <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
      <source>Could not read the interface %1 from %2: %3.</source>
      <translation>Die Schnittstelle %1 konnte nicht aus %2 gelesen werden: %3.</translation>
    </message>
    <message>
      <source>Could not read the interfaces from %1: %2.</source>
      <translation>Die Schnittstellen konnten nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
      <source>Could not read the peer %1 of %2 from %3: %4.</source>
      <translation>Der Peer %1 von %2 konnte nicht aus %3 gelesen werden: %4.</translation>
    </message>
    <message>
      <source>Could not read the peers of %1 from %2: %3.</source>
      <translation>Die Peers von %1 konnten nicht aus %2 gelesen werden: %3.</translation>
    </message>
    <message>
      <source>Could not read the peers' last known state from %1: %2.</source>
      <translation>Der zuletzt bekannte Zustand der Peers konnte nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
      <source>Could not read the schema version of %1: %2.</source>
      <translation>Die Schemaversion von %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
      <source>Could not read the setting %1 from %2: %3.</source>
      <translation>Die Einstellung %1 konnte nicht aus %2 gelesen werden: %3.</translation>
    </message>
    <message>
      <source>Could not read the user %1 from %2: %3.</source>
      <translation>Der Benutzer %1 konnte nicht aus %2 gelesen werden: %3.</translation>
    </message>
    <message>
      <source>Could not read the users from %1: %2.</source>
      <translation>Die Benutzer konnten nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
      <source>Could not read the webhook delivery log from %1: %2.</source>
      <translation>Das Zustellprotokoll der Webhooks konnte nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
      <source>Could not read the webhook outbox from %1: %2.</source>
      <translation>Der Webhook-Postausgang konnte nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
      <source>Could not read the webhook settings from %1: %2.</source>
      <translation>Die Webhook-Einstellungen konnten nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
      <source>Could not record the %1 event of %2 %3 in %4: %5.</source>
      <translation>Das Ereignis %1 von %2 %3 konnte nicht in %4 gespeichert werden: %5.</translation>
    </message>
    <message>
      <source>Could not record the delivery of webhook event %1 in %2: %3.</source>
      <translation>Die Zustellung des Webhook-Ereignisses %1 konnte nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
      <source>Could not record the failed delivery of webhook event %1 in %2: %3.</source>
      <translation>Die fehlgeschlagene Zustellung des Webhook-Ereignisses %1 konnte nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
      <source>Could not record the schema version of %1: %2.</source>
      <translation>Die Schemaversion von %1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
      <source>Could not remove old webhook deliveries from %1: %2.</source>
      <translation>Alte Webhook-Zustellungen konnten nicht aus %1 entfernt werden: %2.</translation>
    </message>
    <message>
      <source>Could not remove the interface %1 from %2: %3.</source>
      <translation>Die Schnittstelle %1 konnte nicht aus %2 entfernt werden: %3.</translation>
    </message>
    <message>
      <source>Could not remove the peer %1 from %2: %3.</source>
      <translation>Der Peer %1 konnte nicht aus %2 entfernt werden: %3.</translation>
    </message>
    <message>
      <source>Could not remove the setting %1 from %2: %3.</source>
      <translation>Die Einstellung %1 konnte nicht aus %2 entfernt werden: %3.</translation>
    </message>
    <message>
      <source>Could not remove the user %1 from %2: %3.</source>
      <translation>Der Benutzer %1 konnte nicht aus %2 entfernt werden: %3.</translation>
    </message>
    <message>
      <source>Could not save the change in %1: %2.</source>
      <translation>Die Änderung konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
      <source>Could not save the interface %1 in %2: %3.</source>
      <translation>Die Schnittstelle %1 konnte nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
      <source>Could not save the peer %1 in %2: %3.</source>
      <translation>Der Peer %1 konnte nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
      <source>Could not save the ping checks in %1: %2.</source>
      <translation>Die Ping-Prüfungen konnten nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
      <source>Could not save the setting %1 in %2: %3.</source>
      <translation>Die Einstellung %1 konnte nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
      <source>Could not save the state of peer %1 in %2: %3.</source>
      <translation>Der Zustand von Peer %1 konnte nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
      <source>Could not save the user %1 in %2: %3.</source>
      <translation>Der Benutzer %1 konnte nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
      <source>Could not schedule the failed webhook deliveries again in %1: %2.</source>
      <translation>Die fehlgeschlagenen Webhook-Zustellungen konnten in %1 nicht erneut eingeplant werden: %2.</translation>
    </message>
    <message>
      <source>Could not schedule webhook delivery %1 again in %2: %3.</source>
      <translation>Die Webhook-Zustellung %1 konnte in %2 nicht erneut eingeplant werden: %3.</translation>
    </message>
    <message>
      <source>Could not set up the database %1: %2.</source>
      <translation>Die Datenbank %1 konnte nicht eingerichtet werden: %2.</translation>
    </message>
    <message>
      <source>Could not start a transaction on %1: %2.</source>
      <translation>Auf %1 konnte keine Transaktion gestartet werden: %2.</translation>
    </message>
    <message>
      <source>Could not update the database %1 to schema version %2: %3.</source>
      <translation>Die Datenbank %1 konnte nicht auf Schemaversion %2 aktualisiert werden: %3.</translation>
    </message>
    <message>
      <source>ID: there is no webhook delivery %1.</source>
      <translation>ID: Es gibt keine Webhook-Zustellung %1.</translation>
    </message>
    <message>
      <source>ID: webhook delivery %1 was delivered on %2; there is nothing to retry.</source>
      <translation>ID: Die Webhook-Zustellung %1 wurde am %2 zugestellt; es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
      <source>No database file was given.</source>
      <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
      <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
      <translation>Der SQLite-Treiber für Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
      <source>The change was not saved.</source>
      <translation>Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
      <source>The database %1 can be read or changed by other users (mode %2), and it holds private keys. Make it private with “chmod 600 %1” and start again.</source>
      <translation>Die Datenbank %1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2), und sie enthält private Schlüssel. Schützen Sie sie mit „chmod 600 %1“ und starten Sie erneut.</translation>
    </message>
    <message>
      <source>The database %1 could not be switched to write-ahead logging (it stays in mode “%2”); keep it on a local file system.</source>
      <translation>Die Datenbank %1 konnte nicht auf Write-Ahead-Logging umgestellt werden (sie bleibt im Modus „%2“); legen Sie sie auf einem lokalen Dateisystem ab.</translation>
    </message>
    <message>
      <source>The database %1 stayed busy for more than %2 seconds: another WG Desk process holds it. Try again; if this persists, look for a stuck wgdesk or wgdeskctl process.</source>
      <translation>Die Datenbank %1 war länger als %2 Sekunden belegt: Ein anderer WG-Desk-Prozess hält sie. Versuchen Sie es erneut; falls das Problem bestehen bleibt, suchen Sie nach einem hängenden wgdesk- oder wgdeskctl-Prozess.</translation>
    </message>
    <message>
      <source>The database %1 was made by a newer WG Desk (schema version %2; this version knows up to %3). Update WG Desk, or use another database with --db.</source>
      <translation>Die Datenbank %1 wurde von einer neueren WG-Desk-Version erstellt (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie WG Desk oder verwenden Sie mit --db eine andere Datenbank.</translation>
    </message>
    <message>
      <source>The database is not open.</source>
      <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
      <source>The directory %1 that holds the database belongs to another user and can be read or changed by others (mode %2), and the database holds private keys. Keep the database in a directory of your own that only you can use (“chmod 700 DIR”), with --db or WGDESK_DB.</source>
      <translation>Das Verzeichnis %1 mit der Datenbank gehört einem anderen Benutzer und kann von anderen gelesen oder geändert werden (Modus %2), und die Datenbank enthält private Schlüssel. Legen Sie die Datenbank mit --db oder WGDESK_DB in ein eigenes Verzeichnis, das nur Sie verwenden können („chmod 700 VERZEICHNIS“).</translation>
    </message>
    <message>
      <source>The directory %1 that holds the database can be read or changed by other users (mode %2), and the database holds private keys. Make it private with “chmod 700 %1” and start again.</source>
      <translation>Das Verzeichnis %1 mit der Datenbank kann von anderen Benutzern gelesen oder geändert werden (Modus %2), und die Datenbank enthält private Schlüssel. Schützen Sie es mit „chmod 700 %1“ und starten Sie erneut.</translation>
    </message>
    <message>
      <source>The interface %1 already has a peer with the public key %2.</source>
      <translation>Die Schnittstelle %1 hat bereits einen Peer mit dem öffentlichen Schlüssel %2.</translation>
    </message>
    <message>
      <source>The interface %1 has no peer with the public key %2.</source>
      <translation>Die Schnittstelle %1 hat keinen Peer mit dem öffentlichen Schlüssel %2.</translation>
    </message>
    <message numerus="yes">
      <source>The user %1 still owns %n peer(s); give them another owner or remove them first.</source>
      <translation>
        <numerusform>Der Benutzer %1 besitzt noch %n Peer; geben Sie ihm zuerst einen anderen Besitzer oder entfernen Sie ihn.</numerusform>
        <numerusform>Der Benutzer %1 besitzt noch %n Peers; geben Sie ihnen zuerst einen anderen Besitzer oder entfernen Sie sie.</numerusform>
      </translation>
    </message>
    <message>
      <source>There is no interface %1.</source>
      <translation>Es gibt keine Schnittstelle %1.</translation>
    </message>
    <message>
      <source>There is no user %1 to own the peer.</source>
      <translation>Es gibt keinen Benutzer %1, der den Peer besitzen könnte.</translation>
    </message>
    <message>
      <source>There is no user %1.</source>
      <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
      <source>no such event</source>
      <translation>Ereignis nicht vorhanden</translation>
    </message>
  </context>
  <context>
    <name>UapiBackend</name>
    <message>
      <source>Could not %1: wireguard-go (%2) did not start: %3.</source>
      <translation>Es war nicht möglich, %1: wireguard-go (%2) ist nicht gestartet: %3.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go closed its socket %2 without answering.</source>
      <translation>Es war nicht möglich, %1: wireguard-go hat seinen Socket %2 ohne Antwort geschlossen.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go did not answer on %2 within %3 seconds.</source>
      <translation>Es war nicht möglich, %1: wireguard-go hat auf %2 nicht innerhalb von %3 Sekunden geantwortet.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go did not finish starting within %2 seconds.</source>
      <translation>Es war nicht möglich, %1: wireguard-go hat den Start nicht innerhalb von %2 Sekunden abgeschlossen.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go failed (exit code %2).</source>
      <translation>Es war nicht möglich, %1: wireguard-go ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go failed: %2.</source>
      <translation>Es war nicht möglich, %1: wireguard-go ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go sent a malformed reply.</source>
      <translation>Es war nicht möglich, %1: wireguard-go hat eine fehlerhafte Antwort gesendet.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go started, but its socket %2 did not answer within %3 seconds (%4).</source>
      <translation>Es war nicht möglich, %1: wireguard-go wurde gestartet, aber sein Socket %2 hat nicht innerhalb von %3 Sekunden geantwortet (%4).</translation>
    </message>
    <message>
      <source>Could not delete %1: it is not a WireGuard interface, and WG Desk deletes only WireGuard interfaces.</source>
      <translation>Die Schnittstelle %1 konnte nicht gelöscht werden: Sie ist keine WireGuard-Schnittstelle, und WG Desk löscht nur WireGuard-Schnittstellen.</translation>
    </message>
    <message>
      <source>Deleted the interface %1, but its wireguard-go still answers on %2 after %3 seconds.</source>
      <translation>Die Schnittstelle %1 wurde gelöscht, aber ihr wireguard-go antwortet nach %3 Sekunden noch immer auf %2.</translation>
    </message>
    <message>
      <source>WG Desk may not %1: wireguard-go reports “%2”. Creating its TUN device needs root; run WG Desk as root.</source>
      <translation>WG Desk ist nicht berechtigt, %1: wireguard-go meldet „%2“. Das Erstellen seines TUN-Geräts erfordert root; führen Sie WG Desk als root aus.</translation>
    </message>
    <message>
      <source>WG Desk may not %1: wireguard-go's socket %2 belongs to root, and only root may use it. Run WG Desk as root.</source>
      <translation>WG Desk ist nicht berechtigt, %1: Der Socket %2 von wireguard-go gehört root, und nur root darf ihn verwenden. Führen Sie WG Desk als root aus.</translation>
    </message>
    <message>
      <source>add the address %1 to %2</source>
      <translation>die Adresse %1 zu %2 hinzuzufügen</translation>
    </message>
    <message>
      <source>bring %1 down</source>
      <translation>%1 zu deaktivieren</translation>
    </message>
    <message>
      <source>bring %1 up</source>
      <translation>%1 zu aktivieren</translation>
    </message>
    <message>
      <source>configure the WireGuard interface %1</source>
      <translation>die WireGuard-Schnittstelle %1 zu konfigurieren</translation>
    </message>
    <message>
      <source>create the interface %1</source>
      <translation>die Schnittstelle %1 zu erstellen</translation>
    </message>
    <message>
      <source>delete the interface %1</source>
      <translation>die Schnittstelle %1 zu löschen</translation>
    </message>
    <message>
      <source>list the WireGuard interfaces</source>
      <translation>die WireGuard-Schnittstellen aufzulisten</translation>
    </message>
    <message>
      <source>read the WireGuard interface %1</source>
      <translation>die WireGuard-Schnittstelle %1 zu lesen</translation>
    </message>
    <message>
      <source>remove the address %1 from %2</source>
      <translation>die Adresse %1 von %2 zu entfernen</translation>
    </message>
    <message>
      <source>set the MTU of %1 to %2</source>
      <translation>die MTU von %1 auf %2 festzulegen</translation>
    </message>
    <message>
      <source>wireguard-go is not installed: WG Desk needs it to run WireGuard in userspace. Install it with “apt-get install wireguard-go”, or set WGDESK_WIREGUARD_GO to its path.</source>
      <translation>wireguard-go ist nicht installiert: WG Desk benötigt es, um WireGuard im Userspace auszuführen. Installieren Sie es mit „apt-get install wireguard-go“ oder setzen Sie WGDESK_WIREGUARD_GO auf seinen Pfad.</translation>
    </message>
    <message>
      <source>wireguard-go refused to %1: a value is not valid.</source>
      <translation>wireguard-go hat es abgelehnt, %1: Ein Wert ist ungültig.</translation>
    </message>
    <message>
      <source>wireguard-go was not found at %1. Install it with “apt-get install wireguard-go”, or set WGDESK_WIREGUARD_GO to its path.</source>
      <translation>wireguard-go wurde unter %1 nicht gefunden. Installieren Sie es mit „apt-get install wireguard-go“ oder setzen Sie WGDESK_WIREGUARD_GO auf seinen Pfad.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>%1 is not a number of seconds from 0 (off) to 65535.</source>
      <translation>%1 ist keine Anzahl von Sekunden zwischen 0 (aus) und 65535.</translation>
    </message>
    <message>
      <source>%1 is not a port number from 0 (random) to 65535.</source>
      <translation>%1 ist keine Portnummer zwischen 0 (zufällig) und 65535.</translation>
    </message>
    <message>
      <source>%1 is not a port number from 1 to 65535.</source>
      <translation>%1 ist keine Portnummer zwischen 1 und 65535.</translation>
    </message>
    <message>
      <source>%1 is outside 1280 to 65535 (IPv6 needs at least 1280).</source>
      <translation>%1 liegt außerhalb von 1280 bis 65535 (IPv6 benötigt mindestens 1280).</translation>
    </message>
    <message>
      <source>%1 is outside 576 to 65535.</source>
      <translation>%1 liegt außerhalb von 576 bis 65535.</translation>
    </message>
    <message>
      <source>%1 overlaps %2 of peer %3; the kernel routes the overlap to the peer with the more specific prefix.</source>
      <translation>%1 überschneidet sich mit %2 von Peer %3; der Kernel leitet die Überschneidung an den Peer mit dem spezifischeren Präfix.</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Addresses</source>
      <translation>Adressen</translation>
    </message>
    <message>
      <source>Allowed IPs</source>
      <translation>Erlaubte IPs</translation>
    </message>
    <message>
      <source>Check address</source>
      <translation>Prüfadresse</translation>
    </message>
    <message>
      <source>DNS</source>
      <translation>DNS</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>Endpunkt</translation>
    </message>
    <message>
      <source>External endpoint</source>
      <translation>Externer Endpunkt</translation>
    </message>
    <message>
      <source>Firewall mark</source>
      <translation>Firewall-Markierung</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Kennung</translation>
    </message>
    <message>
      <source>Listen port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>MTU</source>
      <translation>MTU</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Persistent keepalive</source>
      <translation>Persistenter Keepalive</translation>
    </message>
    <message>
      <source>Preshared key</source>
      <translation>Pre-Shared Key</translation>
    </message>
    <message>
      <source>Preshared key: the recorded and the running key differ</source>
      <translation>Pre-Shared Key: Der gespeicherte und der laufende Schlüssel unterscheiden sich</translation>
    </message>
    <message>
      <source>Private key</source>
      <translation>Privater Schlüssel</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tabelle</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>another peer of %1 (%2) already has this key.</source>
      <translation>Ein anderer Peer von %1 (%2) hat bereits diesen Schlüssel.</translation>
    </message>
    <message>
      <source>it does not belong to the public key.</source>
      <translation>Er gehört nicht zum öffentlichen Schlüssel.</translation>
    </message>
    <message>
      <source>it is empty.</source>
      <translation>Das Feld ist leer.</translation>
    </message>
    <message>
      <source>it is the interface's own public key.</source>
      <translation>Das ist der eigene öffentliche Schlüssel der Schnittstelle.</translation>
    </message>
    <message>
      <source>the port “%1” is not a number from 1 to 65535.</source>
      <translation>Der Port „%1“ ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
      <source>“%1” has host bits set; did you mean %2?</source>
      <translation>In „%1“ sind Host-Bits gesetzt; meinten Sie %2?</translation>
    </message>
    <message>
      <source>“%1” has no prefix length; write it as %2.</source>
      <translation>„%1“ hat keine Präfixlänge; schreiben Sie es als %2.</translation>
    </message>
    <message>
      <source>“%1” is neither an IP address nor a host name.</source>
      <translation>„%1“ ist weder eine IP-Adresse noch ein Hostname.</translation>
    </message>
    <message>
      <source>“%1” is neither an IP address nor a search domain.</source>
      <translation>„%1“ ist weder eine IP-Adresse noch eine Suchdomäne.</translation>
    </message>
    <message>
      <source>“%1” is not an IP address.</source>
      <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
      <source>“%1” is not an email address.</source>
      <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
      <source>“%1” is not of the form host:port or [IPv6]:port.</source>
      <translation>„%1“ hat nicht die Form host:port oder [IPv6]:port.</translation>
    </message>
    <message>
      <source>“%1” is not off, auto or a table number.</source>
      <translation>„%1“ ist weder off noch auto noch eine Tabellennummer.</translation>
    </message>
    <message>
      <source>“%1” may contain only letters, digits and . _ @ + -, at most 64 characters.</source>
      <translation>„%1“ darf nur Buchstaben, Ziffern und . _ @ + - enthalten, höchstens 64 Zeichen.</translation>
    </message>
  </context>
  <context>
    <name>WebhookDispatcher</name>
    <message>
      <source>This is a test event from WG Desk.</source>
      <translation>Dies ist ein Testereignis von WG Desk.</translation>
    </message>
  </context>
  <context>
    <name>WebhookSettings</name>
    <message>
      <source>CA file: %1 cannot be read (%2).</source>
      <translation>CA-Datei: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
      <source>CA file: %1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”).</source>
      <translation>CA-Datei: %1 enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“).</translation>
    </message>
    <message>
      <source>Secret: it must be a single line.</source>
      <translation>Geheimnis: Es muss eine einzelne Zeile sein.</translation>
    </message>
    <message>
      <source>The TLS certificate of %1 is not trusted: %2. If the receiver uses a private CA, set that CA's certificate as the CA file.</source>
      <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2. Wenn der Empfänger eine private CA verwendet, legen Sie das Zertifikat dieser CA als CA-Datei fest.</translation>
    </message>
    <message>
      <source>The TLS handshake with %1 failed: %2.</source>
      <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
      <source>The connection to %1 was refused; is the receiver running?</source>
      <translation>Die Verbindung zu %1 wurde abgelehnt; läuft der Empfänger?</translation>
    </message>
    <message>
      <source>The host %1 was not found.</source>
      <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
      <source>The receiver answered HTTP %1 %2.</source>
      <translation>Der Empfänger antwortete mit HTTP %1 %2.</translation>
    </message>
    <message>
      <source>The receiver answered HTTP %1.</source>
      <translation>Der Empfänger antwortete mit HTTP %1.</translation>
    </message>
    <message>
      <source>The receiver at %1 closed the connection without an answer.</source>
      <translation>Der Empfänger unter %1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
      <source>The receiver at %1 did not answer within %2 s.</source>
      <translation>Der Empfänger unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
      <source>The request to %1 failed: %2.</source>
      <translation>Die Anfrage an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
      <source>Timeout: %1 s is not from 1 to %2 seconds.</source>
      <translation>Zeitlimit: %1 s liegt nicht zwischen 1 und %2 Sekunden.</translation>
    </message>
    <message>
      <source>URL: events travel unencrypted over http://; use https:// where the receiver supports it.</source>
      <translation>URL: Ereignisse werden über http:// unverschlüsselt übertragen; verwenden Sie https://, wo der Empfänger es unterstützt.</translation>
    </message>
    <message>
      <source>URL: put no user name or password in the URL; set the Authorization value (e.g. “Basic …”) as the secret instead.</source>
      <translation>URL: Geben Sie keinen Benutzernamen und kein Passwort in der URL an; setzen Sie stattdessen den Authorization-Wert (z. B. „Basic …“) als Geheimnis.</translation>
    </message>
    <message>
      <source>URL: the secret and the events travel unencrypted over http://; use https:// where the receiver supports it.</source>
      <translation>URL: Das Geheimnis und die Ereignisse werden über http:// unverschlüsselt übertragen; verwenden Sie https://, wo der Empfänger es unterstützt.</translation>
    </message>
    <message>
      <source>URL: “%1” has a #fragment, which is never sent.</source>
      <translation>URL: „%1“ enthält ein #Fragment, das nie gesendet wird.</translation>
    </message>
    <message>
      <source>URL: “%1” has no host.</source>
      <translation>URL: „%1“ hat keinen Host.</translation>
    </message>
    <message>
      <source>URL: “%1” is not a valid URL (%2).</source>
      <translation>URL: „%1“ ist keine gültige URL (%2).</translation>
    </message>
    <message>
      <source>URL: “%1” must start with https:// (or http://).</source>
      <translation>URL: „%1“ muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
      <source>no such file</source>
      <translation>Datei nicht vorhanden</translation>
    </message>
  </context>
  <context>
    <name>WgQuickConfig</name>
    <message>
      <source>%1 comes before any section; keys belong under [Interface] or [Peer].</source>
      <translation>%1 steht vor jedem Abschnitt; Schlüssel gehören unter [Interface] oder [Peer].</translation>
    </message>
    <message>
      <source>%1 has no value.</source>
      <translation>%1 hat keinen Wert.</translation>
    </message>
    <message>
      <source>%1 is given again; it replaces the value of line %2.</source>
      <translation>%1 wird erneut angegeben und ersetzt den Wert aus Zeile %2.</translation>
    </message>
    <message>
      <source>%1: %2 has host bits set; it is imported as %3, as the kernel stores it.</source>
      <translation>%1: In %2 sind Host-Bits gesetzt; es wird als %3 importiert, so wie der Kernel es speichert.</translation>
    </message>
    <message>
      <source>%1: the [Peer] section of line %2 has the same public key; each peer needs its own.</source>
      <translation>%1: Der [Peer]-Abschnitt in Zeile %2 hat denselben öffentlichen Schlüssel; jeder Peer braucht einen eigenen.</translation>
    </message>
    <message>
      <source>%1: “%2” is neither an IP address nor a search domain.</source>
      <translation>%1: „%2“ ist weder eine IP-Adresse noch eine Suchdomäne.</translation>
    </message>
    <message>
      <source>%1: “%2” is neither true nor false.</source>
      <translation>%1: „%2“ ist weder true noch false.</translation>
    </message>
    <message>
      <source>%1: “%2” is not a number of bytes.</source>
      <translation>%1: „%2“ ist keine Anzahl von Bytes.</translation>
    </message>
    <message>
      <source>%1: “%2” is not a number of seconds from 0 (off) to 65535.</source>
      <translation>%1: „%2“ ist keine Anzahl von Sekunden zwischen 0 (aus) und 65535.</translation>
    </message>
    <message>
      <source>%1: “%2” is not a port number from 0 (random) to 65535.</source>
      <translation>%1: „%2“ ist keine Portnummer zwischen 0 (zufällig) und 65535.</translation>
    </message>
    <message>
      <source>%1: “%2” is not off or a number up to 4294967295 (decimal, or hexadecimal after 0x).</source>
      <translation>%1: „%2“ ist weder off noch eine Zahl bis 4294967295 (dezimal oder hexadezimal nach 0x).</translation>
    </message>
    <message>
      <source>%1: “%2” is not off, auto or a table number.</source>
      <translation>%1: „%2“ ist weder off noch auto noch eine Tabellennummer.</translation>
    </message>
    <message>
      <source>Interface name</source>
      <translation>Schnittstellenname</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>Zeile %1: %2</translation>
    </message>
    <message>
      <source>PublicKey: it is the interface's own public key; the kernel ignores this peer.</source>
      <translation>PublicKey: Das ist der eigene öffentliche Schlüssel der Schnittstelle; der Kernel ignoriert diesen Peer.</translation>
    </message>
    <message>
      <source>The file has no [Interface] section.</source>
      <translation>Die Datei hat keinen [Interface]-Abschnitt.</translation>
    </message>
    <message>
      <source>a second [Interface] section; the first is on line %1.</source>
      <translation>Ein zweiter [Interface]-Abschnitt; der erste steht in Zeile %1.</translation>
    </message>
    <message>
      <source>the [Peer] section has no PublicKey.</source>
      <translation>Der [Peer]-Abschnitt hat keinen PublicKey.</translation>
    </message>
    <message>
      <source>the [Peer] section of line %1 has a second PublicKey (the first is on line %2).</source>
      <translation>Der [Peer]-Abschnitt in Zeile %1 hat einen zweiten PublicKey (der erste steht in Zeile %2).</translation>
    </message>
    <message>
      <source>there is no key before “=”.</source>
      <translation>Vor „=“ steht kein Schlüssel.</translation>
    </message>
    <message>
      <source>unknown key “%1” in [%2].</source>
      <translation>Unbekannter Schlüssel „%1“ in [%2].</translation>
    </message>
    <message>
      <source>unknown section “%1”; a wg-quick file has [Interface] and [Peer] sections.</source>
      <translation>Unbekannter Abschnitt „%1“; eine wg-quick-Datei hat [Interface]- und [Peer]-Abschnitte.</translation>
    </message>
    <message>
      <source>“%1” is neither a section header such as [Peer] nor of the form Key = Value.</source>
      <translation>„%1“ ist weder eine Abschnittsüberschrift wie [Peer] noch hat es die Form Key = Value.</translation>
    </message>
  </context>
  <context>
    <name>WireGuardBackend</name>
    <message>
      <source> (and %1 allowed IPs of the next)</source>
      <translation> (und %1 Erlaubte IPs des nächsten Peers)</translation>
    </message>
    <message>
      <source>, and the interface's own settings</source>
      <translation> sowie die eigenen Einstellungen der Schnittstelle</translation>
    </message>
    <message>
      <source>Applied all %1 peer changes to %2.</source>
      <translation>Alle %1 Peer-Änderungen wurden auf %2 angewendet.</translation>
    </message>
    <message>
      <source>Applied before the failure: %1 of %2 peer changes%3%4.</source>
      <translation>Vor dem Fehler angewendet: %1 von %2 Peer-Änderungen%3%4.</translation>
    </message>
    <message>
      <source>Interface name: it is empty; give 1 to 15 characters.</source>
      <translation>Schnittstellenname: Das Feld ist leer; geben Sie 1 bis 15 Zeichen ein.</translation>
    </message>
    <message>
      <source>Interface name: “%1” contains “%2”; only letters, digits and _ = + . - are allowed.</source>
      <translation>Schnittstellenname: „%1“ enthält „%2“; nur Buchstaben, Ziffern und _ = + . - sind erlaubt.</translation>
    </message>
    <message>
      <source>Interface name: “%1” is %2 characters long; Linux allows at most 15.</source>
      <translation>Schnittstellenname: „%1“ ist %2 Zeichen lang; Linux erlaubt höchstens 15.</translation>
    </message>
    <message>
      <source>Interface name: “%1” is reserved.</source>
      <translation>Schnittstellenname: „%1“ ist reserviert.</translation>
    </message>
    <message>
      <source>Nothing was applied.</source>
      <translation>Es wurde nichts angewendet.</translation>
    </message>
    <message>
      <source>The refused request held the next %1 peer changes: WireGuard applies them in order up to the one it refuses, so the ones before it are in effect. Nothing after that request was sent.</source>
      <translation>Die abgelehnte Anfrage enthielt die nächsten %1 Peer-Änderungen: WireGuard wendet sie der Reihe nach bis zu der abgelehnten an, daher sind die vorherigen wirksam. Nach dieser Anfrage wurde nichts mehr gesendet.</translation>
    </message>
  </context>
  <context>
    <name>WireGuardTypes</name>
    <message>
      <source>The address is empty.</source>
      <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
      <source>The endpoint “%1” is not of the form [IPv6]:port.</source>
      <translation>Der Endpunkt „%1“ hat nicht die Form [IPv6]:port.</translation>
    </message>
    <message>
      <source>The endpoint “%1” is not of the form host:port or [IPv6]:port.</source>
      <translation>Der Endpunkt „%1“ hat nicht die Form host:port oder [IPv6]:port.</translation>
    </message>
    <message>
      <source>The endpoint's host “%1” is not a numeric IP address.</source>
      <translation>Der Host „%1“ des Endpunkts ist keine numerische IP-Adresse.</translation>
    </message>
    <message>
      <source>The endpoint's port “%1” is not a number from 1 to 65535.</source>
      <translation>Der Port „%1“ des Endpunkts ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
      <source>The endpoint's scope “%1” is not a known interface.</source>
      <translation>Der Scope „%1“ des Endpunkts ist keine bekannte Schnittstelle.</translation>
    </message>
    <message>
      <source>The key contains “%1”, which is not a base64 character.</source>
      <translation>Der Schlüssel enthält „%1“; das ist kein base64-Zeichen.</translation>
    </message>
    <message>
      <source>The key is %1 characters long; a WireGuard key is 44 characters of base64 ending in one “=”.</source>
      <translation>Der Schlüssel ist %1 Zeichen lang; ein WireGuard-Schlüssel besteht aus 44 base64-Zeichen und endet auf ein einzelnes „=“.</translation>
    </message>
    <message>
      <source>The key is empty.</source>
      <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
      <source>The key is not 64 hexadecimal digits.</source>
      <translation>Der Schlüssel besteht nicht aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
      <source>The key is not valid base64.</source>
      <translation>Der Schlüssel ist kein gültiges base64.</translation>
    </message>
    <message>
      <source>The prefix length “%1” is not a number from 0 to %2.</source>
      <translation>Die Präfixlänge „%1“ ist keine Zahl zwischen 0 und %2.</translation>
    </message>
    <message>
      <source>“%1” is not an IPv4 or IPv6 address.</source>
      <translation>„%1“ ist weder eine IPv4- noch eine IPv6-Adresse.</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Manage this machine's WireGuard interfaces and peers.</source>
      <translation>Verwaltet die WireGuard-Schnittstellen und -Peers dieses Rechners.</translation>
    </message>
    <message>
      <source>The database (default: %1).</source>
      <translation>Die Datenbank (Standard: %1).</translation>
    </message>
    <message>
      <source>WireGuard backend: auto, kernel or userspace.</source>
      <translation>WireGuard-Backend: auto, kernel oder userspace.</translation>
    </message>
    <message>
      <source>another WG Desk (PID %1)</source>
      <translation>eine andere WG-Desk-Instanz (PID %1)</translation>
    </message>
    <message>
      <source>wgdeskctl (PID %1)</source>
      <translation>wgdeskctl (PID %1)</translation>
    </message>
    <message>
      <source>wgdeskctl monitor (PID %1)</source>
      <translation>wgdeskctl monitor (PID %1)</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::app::AsyncServices</name>
    <message>
      <source>Applying peers to WireGuard</source>
      <translation>Peers werden auf WireGuard angewendet</translation>
    </message>
    <message>
      <source>File: %1 cannot be read: %2.</source>
      <translation>Datei: %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
      <source>File: %1: %2</source>
      <translation>Datei: %1: %2</translation>
    </message>
    <message>
      <source>Storing peers</source>
      <translation>Peers werden gespeichert</translation>
    </message>
    <message>
      <source>WG Desk has no WireGuard backend.</source>
      <translation>WG Desk hat kein WireGuard-Backend.</translation>
    </message>
    <message>
      <source>WG Desk has no record of this peer, so it has no configuration to give.</source>
      <translation>WG Desk hat diesen Peer nicht in seinen Aufzeichnungen und kann daher keine Konfiguration dafür ausgeben.</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::models::DeliveriesModel</name>
    <message>
      <source>%1 %2</source>
      <comment>webhook event: entity, then what happened</comment>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Versuche</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <source>Delivered %1.</source>
      <translation>Zugestellt am %1.</translation>
    </message>
    <message>
      <source>Delivery ID: %1</source>
      <translation>Zustellungs-ID: %1</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
      <source>Given up %1 after %n attempt(s).</source>
      <translation>
        <numerusform>Aufgegeben am %1 nach %n Versuch.</numerusform>
        <numerusform>Aufgegeben am %1 nach %n Versuchen.</numerusform>
      </translation>
    </message>
    <message>
      <source>HTTP %1</source>
      <translation>HTTP %1</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Kennung</translation>
    </message>
    <message>
      <source>Last attempt: %1</source>
      <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
      <source>Last result</source>
      <translation>Letztes Ergebnis</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>Nächster Versuch</translation>
    </message>
    <message numerus="yes">
      <source>Not delivered yet after %n attempt(s).</source>
      <translation>
        <numerusform>Nach %n Versuch noch nicht zugestellt.</numerusform>
        <numerusform>Nach %n Versuchen noch nicht zugestellt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet.</source>
      <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>connect</source>
      <translation>verbunden</translation>
    </message>
    <message>
      <source>create</source>
      <translation>erstellt</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <source>disconnect</source>
      <translation>getrennt</translation>
    </message>
    <message>
      <source>interface</source>
      <translation>Schnittstelle</translation>
    </message>
    <message>
      <source>peer</source>
      <translation>Peer</translation>
    </message>
    <message>
      <source>update</source>
      <translation>aktualisiert</translation>
    </message>
    <message>
      <source>user</source>
      <translation>Benutzer</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::models::InterfacesModel</name>
    <message>
      <source>(no private key)</source>
      <translation>(kein privater Schlüssel)</translation>
    </message>
    <message>
      <source>Addresses</source>
      <translation>Adressen</translation>
    </message>
    <message>
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Differs from the records</source>
      <translation>Weicht von den Aufzeichnungen ab</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Deaktiviert</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Inaktiv</translation>
    </message>
    <message>
      <source>Drift</source>
      <translation>Abweichung</translation>
    </message>
    <message>
      <source>In sync</source>
      <translation>Synchron</translation>
    </message>
    <message>
      <source>Interface</source>
      <translation>Schnittstelle</translation>
    </message>
    <message>
      <source>Listen port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>MTU</source>
      <translation>MTU</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Fehlt</translation>
    </message>
    <message>
      <source>Not managed by WG Desk</source>
      <translation>Nicht von WG Desk verwaltet</translation>
    </message>
    <message>
      <source>Not running</source>
      <translation>Läuft nicht</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>Peers</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>random</source>
      <translation>zufällig</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::models::PeersModel</name>
    <message>
      <source>%1/s</source>
      <translation>%1/s</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>vor %n Tag</numerusform>
        <numerusform>vor %n Tagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n h ago</source>
      <translation>
        <numerusform>vor %n h</numerusform>
        <numerusform>vor %n h</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min ago</source>
      <translation>
        <numerusform>vor %n min</numerusform>
        <numerusform>vor %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n s ago</source>
      <translation>
        <numerusform>vor %n s</numerusform>
        <numerusform>vor %n s</numerusform>
      </translation>
    </message>
    <message>
      <source>Allowed IPs</source>
      <translation>Erlaubte IPs</translation>
    </message>
    <message>
      <source>Answers ping checks.</source>
      <translation>Antwortet auf Ping-Prüfungen.</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>Verbunden</translation>
    </message>
    <message>
      <source>Connected since %1</source>
      <translation>Verbunden seit %1</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Deaktiviert</translation>
    </message>
    <message>
      <source>Disabled: kept in the records, not in the kernel.</source>
      <translation>Deaktiviert: in den Aufzeichnungen behalten, nicht im Kernel.</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>Endpunkt</translation>
    </message>
    <message>
      <source>Last answered ping: %1</source>
      <translation>Letzte Ping-Antwort: %1</translation>
    </message>
    <message>
      <source>Last session started %1</source>
      <translation>Letzte Sitzung begonnen: %1</translation>
    </message>
    <message>
      <source>Latest handshake</source>
      <translation>Letzter Handshake</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>Nicht verbunden</translation>
    </message>
    <message>
      <source>Not in WG Desk's records: added outside WG Desk.</source>
      <translation>Nicht in den Aufzeichnungen von WG Desk: außerhalb von WG Desk hinzugefügt.</translation>
    </message>
    <message>
      <source>Not running: the kernel does not have this peer.</source>
      <translation>Läuft nicht: Der Kernel kennt diesen Peer nicht.</translation>
    </message>
    <message>
      <source>Owner: %1</source>
      <translation>Besitzer: %1</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
    <message>
      <source>Receiving</source>
      <translation>Empfangsrate</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Senderate</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::models::UsersModel</name>
    <message>
      <source>%1 %2</source>
      <comment>first name, last name</comment>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Admin</translation>
    </message>
    <message>
      <source>Created %1</source>
      <translation>Erstellt am %1</translation>
    </message>
    <message>
      <source>Created %1 by %2</source>
      <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Abteilung</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Deaktiviert</translation>
    </message>
    <message>
      <source>Disabled since %1.</source>
      <translation>Deaktiviert seit %1.</translation>
    </message>
    <message>
      <source>Disabled since %1: %2</source>
      <translation>Deaktiviert seit %1: %2</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>Aktiviert</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Kennung</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>Peers</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Aktualisiert</translation>
    </message>
    <message>
      <source>Updated %1</source>
      <translation>Aktualisiert am %1</translation>
    </message>
    <message>
      <source>Updated %1 by %2</source>
      <translation>Aktualisiert am %1 von %2</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::ClientConfigDialog</name>
    <message>
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Client configuration</source>
      <translation>Client-Konfiguration</translation>
    </message>
    <message>
      <source>Configuration Not Saved</source>
      <translation>Konfiguration nicht gespeichert</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Kopiert</translation>
    </message>
    <message>
      <source>Copies the configuration, private key included, to the clipboard.</source>
      <translation>Kopiert die Konfiguration einschließlich des privaten Schlüssels in die Zwischenablage.</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>Could not save the client configuration to %1: %2. Choose a folder you can write to and try again.</source>
      <translation>Die Client-Konfiguration konnte nicht unter %1 gespeichert werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>QR code of the client configuration</source>
      <translation>QR-Code der Client-Konfiguration</translation>
    </message>
    <message>
      <source>Save As…</source>
      <translation>Speichern unter…</translation>
    </message>
    <message>
      <source>Save Client Configuration</source>
      <translation>Client-Konfiguration speichern</translation>
    </message>
    <message>
      <source>Scan this with the WireGuard app on the peer's device.</source>
      <translation>Scannen Sie dies mit der WireGuard-App auf dem Gerät des Peers.</translation>
    </message>
    <message>
      <source>This configuration contains the peer's private key. Give it only to the peer's owner.</source>
      <translation>Diese Konfiguration enthält den privaten Schlüssel des Peers. Geben Sie sie nur an den Besitzer des Peers weiter.</translation>
    </message>
    <message>
      <source>This configuration is too long for a QR code. Save it as a file or copy it instead.</source>
      <translation>Diese Konfiguration ist zu lang für einen QR-Code. Speichern Sie sie stattdessen als Datei oder kopieren Sie sie.</translation>
    </message>
    <message>
      <source>WireGuard configuration (*.conf)</source>
      <translation>WireGuard-Konfiguration (*.conf)</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::EditDialog</name>
    <message>
      <source>44 characters of base64</source>
      <translation>44 Zeichen Base64</translation>
    </message>
    <message>
      <source>Hide the key</source>
      <translation>Schlüssel verbergen</translation>
    </message>
    <message>
      <source>Show the key</source>
      <translation>Schlüssel anzeigen</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::InterfaceDialog</name>
    <message>
      <source>&amp;Addresses:</source>
      <translation>Ad&amp;ressen:</translation>
    </message>
    <message>
      <source>&amp;Bring the interface up</source>
      <translation>Schnittstelle a&amp;ktivieren</translation>
    </message>
    <message>
      <source>&amp;Create</source>
      <translation>&amp;Erstellen</translation>
    </message>
    <message>
      <source>&amp;Display name:</source>
      <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
      <source>&amp;External endpoint:</source>
      <translation>E&amp;xterner Endpunkt:</translation>
    </message>
    <message>
      <source>&amp;Firewall mark:</source>
      <translation>&amp;Firewall-Markierung:</translation>
    </message>
    <message>
      <source>&amp;Generate</source>
      <translation>&amp;Generieren</translation>
    </message>
    <message>
      <source>&amp;Listen port:</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <source>&amp;MTU:</source>
      <translation>&amp;MTU:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Private key:</source>
      <translation>&amp;Privater Schlüssel:</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>10.0.0.1, office.lan</source>
      <translation>10.0.0.1, office.lan</translation>
    </message>
    <message>
      <source>10.0.0.1/24, fd00::1/64</source>
      <translation>10.0.0.1/24, fd00::1/64</translation>
    </message>
    <message>
      <source>A number, decimal or hexadecimal with 0x, e.g. 0xca6c</source>
      <translation>Eine Zahl, dezimal oder hexadezimal mit 0x, z. B. 0xca6c</translation>
    </message>
    <message>
      <source>An interface cannot be renamed</source>
      <translation>Eine Schnittstelle kann nicht umbenannt werden</translation>
    </message>
    <message>
      <source>DN&amp;S servers:</source>
      <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
      <source>DNS servers and search domains for wg-quick, separated by commas</source>
      <translation>DNS-Server und Suchdomänen für wg-quick, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>Edit Interface %1</source>
      <translation>Schnittstelle %1 bearbeiten</translation>
    </message>
    <message>
      <source>Firewall mark: “%1” is not a number from 0 to 4294967295 (decimal, or hexadecimal with 0x).</source>
      <translation>Firewall-Markierung: „%1“ ist keine Zahl zwischen 0 und 4294967295 (dezimal oder hexadezimal mit 0x).</translation>
    </message>
    <message>
      <source>Follows from the private key</source>
      <translation>Ergibt sich aus dem privaten Schlüssel</translation>
    </message>
    <message>
      <source>Give this key to the peers of this interface</source>
      <translation>Geben Sie diesen Schlüssel an die Peers dieser Schnittstelle weiter</translation>
    </message>
    <message>
      <source>New Interface</source>
      <translation>Neue Schnittstelle</translation>
    </message>
    <message>
      <source>Optional, e.g. Office gateway</source>
      <translation>Optional, z. B. Büro-Gateway</translation>
    </message>
    <message>
      <source>P&amp;ublic key:</source>
      <translation>Öffentlicher Schl&amp;üssel:</translation>
    </message>
    <message>
      <source>Private key: it is empty; paste the interface's key or press Generate.</source>
      <translation>Privater Schlüssel: Das Feld ist leer; fügen Sie den Schlüssel der Schnittstelle ein oder klicken Sie auf „Generieren“.</translation>
    </message>
    <message>
      <source>Replace the private key with a new random one</source>
      <translation>Den privaten Schlüssel durch einen neuen zufälligen ersetzen</translation>
    </message>
    <message>
      <source>The Linux interface name: 1 to 15 letters, digits or _ = + . -</source>
      <translation>Der Linux-Schnittstellenname: 1 bis 15 Buchstaben, Ziffern oder _ = + . -</translation>
    </message>
    <message>
      <source>The UDP port peers connect to; 0 lets the kernel choose</source>
      <translation>Der UDP-Port, zu dem sich Peers verbinden; bei 0 wählt ihn der Kernel</translation>
    </message>
    <message>
      <source>The host:port peers use to reach this interface; needed for client configurations</source>
      <translation>Der host:port, über den Peers diese Schnittstelle erreichen; für Client-Konfigurationen erforderlich</translation>
    </message>
    <message>
      <source>This host's addresses on the tunnel, with prefix length, separated by commas</source>
      <translation>Die Adressen dieses Hosts im Tunnel, mit Präfixlänge, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>default</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>random</source>
      <translation>zufällig</translation>
    </message>
    <message>
      <source>vpn.example.com:51820</source>
      <translation>vpn.example.com:51820</translation>
    </message>
    <message>
      <source>wg0</source>
      <translation>wg0</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::Language</name>
    <message>
      <source>System default</source>
      <translation>Systemstandard</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::MainWindow</name>
    <message>
      <source>%1 could not be written: %2.</source>
      <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
      <source>%1 is down.</source>
      <translation>%1 ist inaktiv.</translation>
    </message>
    <message>
      <source>%1 is up.</source>
      <translation>%1 ist aktiv.</translation>
    </message>
    <message numerus="yes">
      <source>%1 owns %n peer(s). Who should own them?</source>
      <translation>
        <numerusform>%1 besitzt %n Peer. Wer soll ihn besitzen?</numerusform>
        <numerusform>%1 besitzt %n Peers. Wer soll sie besitzen?</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: %2 of %3</source>
      <translation>%1: %2 von %3</translation>
    </message>
    <message>
      <source>&amp;About WG Desk</source>
      <translation>&amp;Über WG Desk</translation>
    </message>
    <message>
      <source>&amp;Add Peer…</source>
      <translation>Peer &amp;hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Add User…</source>
      <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Adopt Running Configuration</source>
      <translation>Laufende Konfiguration &amp;übernehmen</translation>
    </message>
    <message>
      <source>&amp;Delete Interface…</source>
      <translation>Schnittstelle &amp;löschen…</translation>
    </message>
    <message>
      <source>&amp;Delete User…</source>
      <translation>Benutzer &amp;löschen…</translation>
    </message>
    <message>
      <source>&amp;Edit Interface…</source>
      <translation>Schnittstelle &amp;bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Edit Peer…</source>
      <translation>Peer &amp;bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Edit User…</source>
      <translation>Benutzer &amp;bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Export .conf…</source>
      <translation>.conf e&amp;xportieren…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Import .conf…</source>
      <translation>.conf &amp;importieren…</translation>
    </message>
    <message>
      <source>&amp;Interface</source>
      <translation>&amp;Schnittstelle</translation>
    </message>
    <message>
      <source>&amp;New Interface…</source>
      <translation>&amp;Neue Schnittstelle…</translation>
    </message>
    <message>
      <source>&amp;Peer</source>
      <translation>&amp;Peer</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
      <source>&amp;Remove Peer…</source>
      <translation>Peer &amp;entfernen…</translation>
    </message>
    <message>
      <source>&amp;Restore Recorded Configuration</source>
      <translation>Gespeicherte Konfiguration &amp;wiederherstellen</translation>
    </message>
    <message>
      <source>&amp;Retry Delivery</source>
      <translation>Zustellung &amp;wiederholen</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <source>&amp;User</source>
      <translation>&amp;Benutzer</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Webhooks</source>
      <translation>&amp;Webhooks</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <source>&lt;h3&gt;WG Desk %1&lt;/h3&gt;&lt;p&gt;Manage this machine's WireGuard interfaces and peers, watch who is connected, and send every change as a webhook.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;WG Desk %1&lt;/h3&gt;&lt;p&gt;Verwalten Sie die WireGuard-Schnittstellen und -Peers dieses Rechners, sehen Sie, wer verbunden ist, und senden Sie jede Änderung als Webhook.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About WG Desk</source>
      <translation>Über WG Desk</translation>
    </message>
    <message>
      <source>Add a peer to the selected interface</source>
      <translation>Einen Peer zur ausgewählten Schnittstelle hinzufügen</translation>
    </message>
    <message>
      <source>Added peer %1.</source>
      <translation>Peer %1 hinzugefügt.</translation>
    </message>
    <message>
      <source>Added user %1.</source>
      <translation>Benutzer %1 hinzugefügt.</translation>
    </message>
    <message>
      <source>Adopt</source>
      <translation>Übernehmen</translation>
    </message>
    <message>
      <source>Adopt Running Configuration</source>
      <translation>Laufende Konfiguration übernehmen</translation>
    </message>
    <message>
      <source>Adopted %1.</source>
      <translation>%1 übernommen.</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>Alle Ereignisse</translation>
    </message>
    <message>
      <source>Backend: %1</source>
      <translation>Backend: %1</translation>
    </message>
    <message>
      <source>Bring &amp;Up</source>
      <translation>&amp;Aktivieren</translation>
    </message>
    <message>
      <source>Bring the selected interface up</source>
      <translation>Die ausgewählte Schnittstelle aktivieren</translation>
    </message>
    <message>
      <source>Client &amp;Configuration and QR Code…</source>
      <translation>&amp;Client-Konfiguration und QR-Code…</translation>
    </message>
    <message>
      <source>Client Configuration</source>
      <translation>Client-Konfiguration</translation>
    </message>
    <message>
      <source>Configuration for %1</source>
      <translation>Konfiguration für %1</translation>
    </message>
    <message>
      <source>Connected only</source>
      <translation>Nur verbundene</translation>
    </message>
    <message>
      <source>Create a WireGuard interface</source>
      <translation>Eine WireGuard-Schnittstelle erstellen</translation>
    </message>
    <message>
      <source>Created interface %1.</source>
      <translation>Schnittstelle %1 erstellt.</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>%1 löschen</translation>
    </message>
    <message>
      <source>Delete Interface</source>
      <translation>Schnittstelle löschen</translation>
    </message>
    <message>
      <source>Delete User</source>
      <translation>Benutzer löschen</translation>
    </message>
    <message>
      <source>Delete the interface %1 and all its peers? It is taken down and removed from WG Desk's records; this cannot be undone.</source>
      <translation>Die Schnittstelle %1 und alle ihre Peers löschen? Sie wird deaktiviert und aus den Aufzeichnungen von WG Desk entfernt; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <source>Delete the user %1?</source>
      <translation>Den Benutzer %1 löschen?</translation>
    </message>
    <message>
      <source>Deleted interface %1.</source>
      <translation>Schnittstelle %1 gelöscht.</translation>
    </message>
    <message>
      <source>Deleted user %1.</source>
      <translation>Benutzer %1 gelöscht.</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <source>Disabled the peer.</source>
      <translation>Peer deaktiviert.</translation>
    </message>
    <message>
      <source>Ena&amp;ble or Disable Peer</source>
      <translation>Peer akti&amp;vieren oder deaktivieren</translation>
    </message>
    <message>
      <source>Enabled the peer.</source>
      <translation>Peer aktiviert.</translation>
    </message>
    <message>
      <source>Event %1 is queued for another attempt.</source>
      <translation>Ereignis %1 ist für einen weiteren Versuch eingereiht.</translation>
    </message>
    <message>
      <source>Export %1</source>
      <translation>%1 exportieren</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>Failed events are queued for another attempt.</source>
      <translation>Fehlgeschlagene Ereignisse sind für einen weiteren Versuch eingereiht.</translation>
    </message>
    <message>
      <source>Filter peers by name, key, endpoint or IP</source>
      <translation>Peers nach Name, Schlüssel, Endpunkt oder IP filtern</translation>
    </message>
    <message>
      <source>Filter users</source>
      <translation>Benutzer filtern</translation>
    </message>
    <message>
      <source>Import a wg-quick Configuration</source>
      <translation>wg-quick-Konfiguration importieren</translation>
    </message>
    <message>
      <source>Import a wg-quick configuration file</source>
      <translation>Eine wg-quick-Konfigurationsdatei importieren</translation>
    </message>
    <message>
      <source>Imported %1.</source>
      <translation>%1 importiert.</translation>
    </message>
    <message>
      <source>Importing %1</source>
      <translation>%1 wird importiert</translation>
    </message>
    <message>
      <source>Interface traffic</source>
      <translation>Verkehr der Schnittstelle</translation>
    </message>
    <message>
      <source>Interfaces and Peers</source>
      <translation>Schnittstellen und Peers</translation>
    </message>
    <message>
      <source>Last error (%1): %2</source>
      <translation>Letzter Fehler (%1): %2</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
      <source>Make %1 run exactly as WG Desk recorded it? Peers added outside WG Desk are removed from the running interface.</source>
      <translation>Soll %1 genau so laufen, wie WG Desk es aufgezeichnet hat? Außerhalb von WG Desk hinzugefügte Peers werden von der laufenden Schnittstelle entfernt.</translation>
    </message>
    <message>
      <source>Make what runs equal to WG Desk's records</source>
      <translation>Den laufenden Zustand an die Aufzeichnungen von WG Desk angleichen</translation>
    </message>
    <message>
      <source>No WireGuard backend</source>
      <translation>Kein WireGuard-Backend</translation>
    </message>
    <message>
      <source>Nothing to change on interface %1.</source>
      <translation>Auf der Schnittstelle %1 gibt es nichts zu ändern.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
      <source>Peers connected: %1 of %2</source>
      <translation>Verbundene Peers: %1 von %2</translation>
    </message>
    <message>
      <source>Peers of %1</source>
      <translation>Peers von %1</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Remove Peer</source>
      <translation>Peer entfernen</translation>
    </message>
    <message>
      <source>Remove the peer %1 from %2? Its key is forgotten; this cannot be undone.</source>
      <translation>Den Peer %1 von %2 entfernen? Sein Schlüssel wird vergessen; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <source>Removed peer %1.</source>
      <translation>Peer %1 entfernt.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Restore Recorded Configuration</source>
      <translation>Gespeicherte Konfiguration wiederherstellen</translation>
    </message>
    <message>
      <source>Restored %1.</source>
      <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
      <source>Retry All &amp;Failed</source>
      <translation>Alle &amp;fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
      <source>Save the selected interface as a wg-quick configuration file</source>
      <translation>Die ausgewählte Schnittstelle als wg-quick-Konfigurationsdatei speichern</translation>
    </message>
    <message>
      <source>Saved %1.</source>
      <translation>%1 gespeichert.</translation>
    </message>
    <message>
      <source>Select an interface to see its peers.</source>
      <translation>Wählen Sie eine Schnittstelle aus, um ihre Peers zu sehen.</translation>
    </message>
    <message>
      <source>Selected peer's traffic</source>
      <translation>Verkehr des ausgewählten Peers</translation>
    </message>
    <message>
      <source>Send every failed webhook event again</source>
      <translation>Alle fehlgeschlagenen Webhook-Ereignisse erneut senden</translation>
    </message>
    <message>
      <source>Send the selected webhook event again</source>
      <translation>Das ausgewählte Webhook-Ereignis erneut senden</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
      <source>Show the configuration for the peer's device</source>
      <translation>Die Konfiguration für das Gerät des Peers anzeigen</translation>
    </message>
    <message>
      <source>Take &amp;Down</source>
      <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
      <source>Take the selected interface down</source>
      <translation>Die ausgewählte Schnittstelle deaktivieren</translation>
    </message>
    <message>
      <source>Take what runs into WG Desk's records</source>
      <translation>Den laufenden Zustand in die Aufzeichnungen von WG Desk übernehmen</translation>
    </message>
    <message>
      <source>Take what runs on %1 into WG Desk's records? Recorded settings that differ are replaced by the running ones.</source>
      <translation>Den laufenden Zustand von %1 in die Aufzeichnungen von WG Desk übernehmen? Abweichende gespeicherte Einstellungen werden durch die laufenden ersetzt.</translation>
    </message>
    <message>
      <source>To manage WireGuard without running WG Desk as root, grant it the capability once: sudo setcap cap_net_admin+ep %1</source>
      <translation>Um WireGuard zu verwalten, ohne WG Desk als root auszuführen, erteilen Sie ihm die Capability einmalig mit: sudo setcap cap_net_admin+ep %1</translation>
    </message>
    <message>
      <source>Updated interface %1.</source>
      <translation>Schnittstelle %1 aktualisiert.</translation>
    </message>
    <message>
      <source>Updated the peer.</source>
      <translation>Peer aktualisiert.</translation>
    </message>
    <message>
      <source>Updated user %1.</source>
      <translation>Benutzer %1 aktualisiert.</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>WG Desk</source>
      <translation>WG Desk</translation>
    </message>
    <message>
      <source>WG Desk has no record of %1: adopt it first.</source>
      <translation>WG Desk hat %1 nicht in seinen Aufzeichnungen: Übernehmen Sie sie zuerst.</translation>
    </message>
    <message>
      <source>WG Desk has no record of this peer: adopt the interface's running configuration to manage it.</source>
      <translation>WG Desk hat diesen Peer nicht in seinen Aufzeichnungen: Übernehmen Sie die laufende Konfiguration der Schnittstelle, um ihn zu verwalten.</translation>
    </message>
    <message>
      <source>WG Desk shows the stored configuration read-only: %1</source>
      <translation>WG Desk zeigt die gespeicherte Konfiguration schreibgeschützt an: %1</translation>
    </message>
    <message>
      <source>Webhook Deliveries</source>
      <translation>Webhook-Zustellungen</translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n failed</source>
      <translation>
        <numerusform>Webhooks: %n fehlgeschlagen</numerusform>
        <numerusform>Webhooks: %n fehlgeschlagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n pending</source>
      <translation>
        <numerusform>Webhooks: %n ausstehend</numerusform>
        <numerusform>Webhooks: %n ausstehend</numerusform>
      </translation>
    </message>
    <message>
      <source>Webhooks: all delivered</source>
      <translation>Webhooks: alle zugestellt</translation>
    </message>
    <message>
      <source>Webhooks: delivered by %1</source>
      <translation>Webhooks: Zustellung durch %1</translation>
    </message>
    <message>
      <source>Webhooks: off</source>
      <translation>Webhooks: aus</translation>
    </message>
    <message>
      <source>WireGuard configurations (*.conf)</source>
      <translation>WireGuard-Konfigurationen (*.conf)</translation>
    </message>
    <message>
      <source>WireGuard configurations (*.conf);;All files (*)</source>
      <translation>WireGuard-Konfigurationen (*.conf);;Alle Dateien (*)</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::PeerDialog</name>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
      <source>&amp;Display name:</source>
      <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
      <source>&amp;Endpoint:</source>
      <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
      <source>&amp;Generate</source>
      <translation>&amp;Generieren</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notizen:</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Besitzer:</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Spei&amp;chern</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <source>10.0.0.2/32</source>
      <translation>10.0.0.2/32</translation>
    </message>
    <message>
      <source>10.0.0.2/32, fd00::2/128</source>
      <translation>10.0.0.2/32, fd00::2/128</translation>
    </message>
    <message>
      <source>A disabled peer is kept here but removed from the interface</source>
      <translation>Ein deaktivierter Peer bleibt hier gespeichert, wird aber von der Schnittstelle entfernt</translation>
    </message>
    <message>
      <source>A peer's key cannot be changed; remove the peer and add it again to use another key</source>
      <translation>Der Schlüssel eines Peers kann nicht geändert werden; entfernen Sie den Peer und fügen Sie ihn erneut hinzu, um einen anderen Schlüssel zu verwenden</translation>
    </message>
    <message>
      <source>Add&amp;resses:</source>
      <translation>Ad&amp;ressen:</translation>
    </message>
    <message>
      <source>Allowed &amp;IPs:</source>
      <translation>Erlaubte &amp;IPs:</translation>
    </message>
    <message>
      <source>C&amp;heck address:</source>
      <translation>Prü&amp;fadresse:</translation>
    </message>
    <message>
      <source>C&amp;lear</source>
      <translation>&amp;Leeren</translation>
    </message>
    <message>
      <source>Edit Peer %1</source>
      <translation>Peer %1 bearbeiten</translation>
    </message>
    <message>
      <source>Ena&amp;bled</source>
      <translation>Akti&amp;viert</translation>
    </message>
    <message>
      <source>Generate a key &amp;pair (WG Desk can then give the peer its configuration)</source>
      <translation>Schlüssel&amp;paar erzeugen (WG Desk kann dem Peer dann seine Konfiguration geben)</translation>
    </message>
    <message>
      <source>Keys:</source>
      <translation>Schlüssel:</translation>
    </message>
    <message>
      <source>New Peer of %1</source>
      <translation>Neuer Peer von %1</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Keiner</translation>
    </message>
    <message>
      <source>None: the peer connects to this host</source>
      <translation>Keiner: Der Peer verbindet sich mit diesem Host</translation>
    </message>
    <message>
      <source>Optional: a second, symmetric key both sides share</source>
      <translation>Optional: ein zweiter, symmetrischer Schlüssel, den beide Seiten teilen</translation>
    </message>
    <message>
      <source>P&amp;ublic key:</source>
      <translation>Öffentlicher Schl&amp;üssel:</translation>
    </message>
    <message>
      <source>Persistent keepali&amp;ve:</source>
      <translation>Persistenter &amp;Keepalive:</translation>
    </message>
    <message>
      <source>Pre&amp;shared key:</source>
      <translation>Pre-&amp;Shared Key:</translation>
    </message>
    <message>
      <source>Send a keepalive this often, for peers behind NAT; 25 seconds is usual</source>
      <translation>So oft einen Keepalive senden, für Peers hinter NAT; üblich sind 25 Sekunden</translation>
    </message>
    <message>
      <source>The address pinged to check that the peer is reachable</source>
      <translation>Die Adresse, die angepingt wird, um zu prüfen, ob der Peer erreichbar ist</translation>
    </message>
    <message>
      <source>The first tunnel address</source>
      <translation>Die erste Tunneladresse</translation>
    </message>
    <message>
      <source>The networks routed to this peer, separated by commas; host bits must be zero</source>
      <translation>Die Netze, die an diesen Peer geleitet werden, durch Kommas getrennt; Host-Bits müssen null sein</translation>
    </message>
    <message>
      <source>The peer's own addresses on the tunnel, written into its configuration</source>
      <translation>Die eigenen Adressen des Peers im Tunnel, die in seine Konfiguration geschrieben werden</translation>
    </message>
    <message>
      <source>The public key of the key pair WG Desk generated</source>
      <translation>Der öffentliche Schlüssel des von WG Desk erzeugten Schlüsselpaars</translation>
    </message>
    <message>
      <source>The public key of the peer's device (wg pubkey)</source>
      <translation>Der öffentliche Schlüssel des Geräts des Peers (wg pubkey)</translation>
    </message>
    <message>
      <source>Use the peer's public &amp;key</source>
      <translation>Öffentlichen Schlüssel des Peers verwen&amp;den</translation>
    </message>
    <message>
      <source>e.g. Alice's laptop</source>
      <translation>z. B. Alices Laptop</translation>
    </message>
    <message>
      <source>host:port or [IPv6]:port where this host reaches the peer</source>
      <translation>host:port oder [IPv6]:port, unter dem dieser Host den Peer erreicht</translation>
    </message>
    <message>
      <source>off</source>
      <translation>aus</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::SettingsDialog</name>
    <message>
      <source> s</source>
      <comment>seconds</comment>
      <translation> s</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
      <source>&amp;CA file:</source>
      <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>Beim Schließen des Fensters in der Kontrollleiste &amp;weiterlaufen</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <source>&amp;Poll interval:</source>
      <translation>&amp;Abfrageintervall:</translation>
    </message>
    <message>
      <source>&amp;Secret:</source>
      <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
      <source>&amp;Timeout:</source>
      <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
      <source>&amp;URL:</source>
      <translation>&amp;URL:</translation>
    </message>
    <message>
      <source>A peer counts as connected while its latest handshake is younger than the threshold, or while it answers ping checks.</source>
      <translation>Ein Peer gilt als verbunden, solange sein letzter Handshake jünger als die Schwelle ist oder solange er auf Ping-Prüfungen antwortet.</translation>
    </message>
    <message>
      <source>Check peers with &amp;ping</source>
      <translation>Peers per &amp;Ping prüfen</translation>
    </message>
    <message>
      <source>Choose the CA certificate</source>
      <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
      <source>Connected &amp;threshold:</source>
      <translation>Verbindungs&amp;schwelle:</translation>
    </message>
    <message>
      <source>Delivered: the receiver answered HTTP %1.</source>
      <translation>Zugestellt: Der Empfänger antwortete mit HTTP %1.</translation>
    </message>
    <message>
      <source>Desktop</source>
      <translation>Desktop</translation>
    </message>
    <message>
      <source>Every change and every connect or disconnect is sent to this URL as a JSON POST. TLS certificates are always verified; a CA file adds a private CA.</source>
      <translation>Jede Änderung und jedes Verbinden oder Trennen wird als JSON-POST an diese URL gesendet. TLS-Zertifikate werden immer überprüft; eine CA-Datei fügt eine private CA hinzu.</translation>
    </message>
    <message>
      <source>Hide the secret</source>
      <translation>Geheimnis verbergen</translation>
    </message>
    <message>
      <source>Live status</source>
      <translation>Live-Status</translation>
    </message>
    <message>
      <source>Not delivered: %1</source>
      <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Ping &amp;interval:</source>
      <translation>Ping-&amp;Intervall:</translation>
    </message>
    <message>
      <source>Send test &amp;event</source>
      <translation>Test&amp;ereignis senden</translation>
    </message>
    <message>
      <source>Sending the test event…</source>
      <translation>Testereignis wird gesendet…</translation>
    </message>
    <message>
      <source>Sent as the Authorization header, e.g. “Bearer …”</source>
      <translation>Wird als Authorization-Header gesendet, z. B. „Bearer …“</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Show a desktop &amp;notice when a peer connects or disconnects</source>
      <translation>Desktop-&amp;Benachrichtigung anzeigen, wenn ein Peer sich verbindet oder trennt</translation>
    </message>
    <message>
      <source>Show an icon in the system &amp;tray</source>
      <translation>Symbol im Systemabschnitt der &amp;Kontrollleiste anzeigen</translation>
    </message>
    <message>
      <source>Show the secret</source>
      <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
      <source>The system’s CAs only</source>
      <translation>Nur die CAs des Systems</translation>
    </message>
    <message>
      <source>Webhooks</source>
      <translation>Webhooks</translation>
    </message>
    <message>
      <source>https://example.com/hooks/wireguard (empty: no webhooks)</source>
      <translation>https://example.com/hooks/wireguard (leer: keine Webhooks)</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::TrafficGraph</name>
    <message>
      <source>%1 B/s</source>
      <translation>%1 B/s</translation>
    </message>
    <message>
      <source>%1 GiB/s</source>
      <translation>%1 GiB/s</translation>
    </message>
    <message>
      <source>%1 KiB/s</source>
      <translation>%1 KiB/s</translation>
    </message>
    <message>
      <source>%1 MiB/s</source>
      <translation>%1 MiB/s</translation>
    </message>
    <message>
      <source>%1 TiB/s</source>
      <translation>%1 TiB/s</translation>
    </message>
    <message>
      <source>%1 ago</source>
      <comment>how far back the graph's left edge is</comment>
      <translation>vor %1</translation>
    </message>
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
    <message>
      <source>No traffic data yet</source>
      <translation>Noch keine Verkehrsdaten</translation>
    </message>
    <message>
      <source>Received %1</source>
      <translation>Empfangen: %1</translation>
    </message>
    <message>
      <source>Receiving %1 and sending %2 now; the highest rate in the last %3 was %4.</source>
      <translation>Derzeit werden %1 empfangen und %2 gesendet; die höchste Rate in den letzten %3 betrug %4.</translation>
    </message>
    <message>
      <source>Sent %1</source>
      <translation>Gesendet: %1</translation>
    </message>
    <message>
      <source>Traffic graph</source>
      <translation>Verkehrsdiagramm</translation>
    </message>
    <message>
      <source>now</source>
      <translation>jetzt</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::TrayIcon</name>
    <message>
      <source>%1 connected</source>
      <translation>%1 verbunden</translation>
    </message>
    <message>
      <source>%1 disconnected</source>
      <translation>%1 getrennt</translation>
    </message>
    <message>
      <source>%1 is no longer connected on %2.</source>
      <translation>%1 ist nicht mehr mit %2 verbunden.</translation>
    </message>
    <message>
      <source>%1 is now connected on %2.</source>
      <translation>%1 ist jetzt mit %2 verbunden.</translation>
    </message>
    <message>
      <source>%1 up</source>
      <translation>%1 aktiv</translation>
    </message>
    <message numerus="yes">
      <source>%1: %2 of %n peers connected</source>
      <translation>
        <numerusform>%1: %2 von %n Peer verbunden</numerusform>
        <numerusform>%1: %2 von %n Peers verbunden</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: down</source>
      <translation>%1: inaktiv</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Show WG Desk</source>
      <translation>WG Desk &amp;anzeigen</translation>
    </message>
    <message>
      <source>A peer</source>
      <translation>Ein Peer</translation>
    </message>
    <message>
      <source>No WireGuard interfaces</source>
      <translation>Keine WireGuard-Schnittstellen</translation>
    </message>
    <message>
      <source>Read-only: WG Desk lacks the CAP_NET_ADMIN permission that managing WireGuard needs.</source>
      <translation>Schreibgeschützt: WG Desk fehlt die Berechtigung CAP_NET_ADMIN, die zur Verwaltung von WireGuard nötig ist.</translation>
    </message>
    <message>
      <source>WG Desk</source>
      <translation>WG Desk</translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n events could not be delivered</source>
      <translation>
        <numerusform>Webhooks: %n Ereignis konnte nicht zugestellt werden</numerusform>
        <numerusform>Webhooks: %n Ereignisse konnten nicht zugestellt werden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n events waiting; the last attempt failed: %1</source>
      <translation>
        <numerusform>Webhooks: %n Ereignis wartet; der letzte Versuch ist fehlgeschlagen: %1</numerusform>
        <numerusform>Webhooks: %n Ereignisse warten; der letzte Versuch ist fehlgeschlagen: %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::UserDialog</name>
    <message>
      <source>&amp;Administrator</source>
      <translation>Ad&amp;ministrator</translation>
    </message>
    <message>
      <source>&amp;Create</source>
      <translation>E&amp;rstellen</translation>
    </message>
    <message>
      <source>&amp;Email:</source>
      <translation>&amp;E-Mail:</translation>
    </message>
    <message>
      <source>&amp;First name:</source>
      <translation>&amp;Vorname:</translation>
    </message>
    <message>
      <source>&amp;Identifier:</source>
      <translation>&amp;Kennung:</translation>
    </message>
    <message>
      <source>&amp;Last name:</source>
      <translation>&amp;Nachname:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>N&amp;otizen:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Grund:</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>A disabled user keeps their peers on record</source>
      <translation>Ein deaktivierter Benutzer behält seine Peers in den Aufzeichnungen</translation>
    </message>
    <message>
      <source>A user's identifier cannot be changed</source>
      <translation>Die Kennung eines Benutzers kann nicht geändert werden</translation>
    </message>
    <message>
      <source>De&amp;partment:</source>
      <translation>&amp;Abteilung:</translation>
    </message>
    <message>
      <source>Disa&amp;bled</source>
      <translation>&amp;Deaktiviert</translation>
    </message>
    <message>
      <source>Edit User %1</source>
      <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
      <source>New User</source>
      <translation>Neuer Benutzer</translation>
    </message>
    <message>
      <source>Up to 64 letters, digits and . _ @ + -; it cannot be changed later</source>
      <translation>Bis zu 64 Buchstaben, Ziffern und . _ @ + -; kann später nicht geändert werden</translation>
    </message>
    <message>
      <source>Why, for whoever reads this later</source>
      <translation>Warum – für alle, die dies später lesen</translation>
    </message>
    <message>
      <source>alice@example.com</source>
      <translation>alice@example.com</translation>
    </message>
    <message>
      <source>e.g. alice</source>
      <translation>z. B. alice</translation>
    </message>
  </context>
</TS>
