<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>BackendChooser</name>
    <message>
      <source>Backend: “%1” is not one of auto, kernel or userspace.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WireGuard is not available on this machine: the kernel has no WireGuard module, and wireguard-go is not installed. Either load the kernel module (“modprobe wireguard”, Linux 5.6 or newer), or install wireguard-go (Ǌpt-get install wireguard-go”) to run WireGuard in userspace.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ClientConfig</name>
    <message>
      <source>Interface %1 has no external endpoint (the host:port clients connect to); set one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peer %1: WG Desk did not generate its key pair, so it has no private key to put in a client configuration.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Drift</name>
    <message>
      <source>%1: recorded %2, running %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It is disabled in the records but runs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>differs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unmanaged</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MonitorLock</name>
    <message>
      <source>Could not lock %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open the monitor lock %1: %2.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PingChecker</name>
    <message>
      <source>Ping checks are off: this user may not send ICMP echo requests (%1). Peers count as connected by their handshakes only. To turn them on, add a group of this user to net.ipv4.ping_group_range (sysctl) or give WG Desk the CAP_NET_RAW capability.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ping checks to %1 addresses are off: no ICMP socket could be opened (ping socket: %2; raw socket: %3). Those peers count as connected by their handshakes only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>net.ipv4.ping_group_range (“%1”) does not include group %2, and there is no CAP_NET_RAW</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ping sockets: %1; raw sockets: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Services</name>
    <message>
      <source>Could not save the change: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoint: the host name “%1” could not be resolved: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoint: “%1” is not of the form host:port.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifier: a user “%1” already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifier: there is no user “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interface: WG Desk has no interface named “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name: %1 is disabled; enable it to bring it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name: WG Desk already manages an interface named “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name: WG Desk has no interface named “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public key: %1 has no peer with the key %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public key: a peer with this key already runs on %1, but WG Desk has no record of it; take it in with “wgdeskctl interface adopt %1” instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Putting WireGuard back as it was failed too: %1 WireGuard and WG Desk's records now differ; see “wgdeskctl drift”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User: there is no user “%1” to move the peers to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User: there is no user “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User: “%1” owns %2 peer(s); move them to another user first, or remove them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WireGuard was put back as it was; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusMonitor</name>
    <message>
      <source>%1: %2 ms is not a whole number of seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2 s is not from %3 to %4 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: live tunnels handshake only every 120 s, so with less than %2 s peers would flap between connected and disconnected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is not a whole number of seconds from %3 to %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is not on or off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connected threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key: “%1” is not a setting; the settings are %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ping interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Poll interval</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>%1 is not a WG Desk database (SQLite says: %2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a directory, so the database cannot be kept in it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a regular file, so it cannot be the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A user %1 already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An interface %1 already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not check the directory %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not check the permissions of %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not count the peers of the user %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not create the database %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not create the directory %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not create the directory %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not forget the state of peer %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not make the database %1 private: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not make the directory %1 private: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open the database %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the interface %1 from %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the interfaces from %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the peer %1 of %2 from %3: %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the peers of %1 from %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the peers' last known state from %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the schema version of %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the setting %1 from %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the user %1 from %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the users from %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the webhook delivery log from %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the webhook outbox from %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the webhook settings from %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not record the %1 event of %2 %3 in %4: %5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not record the delivery of webhook event %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not record the failed delivery of webhook event %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not record the schema version of %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not remove old webhook deliveries from %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not remove the interface %1 from %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not remove the peer %1 from %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not remove the setting %1 from %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not remove the user %1 from %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the change in %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the interface %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the peer %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the ping checks in %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the setting %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the state of peer %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the user %1 in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not schedule the failed webhook deliveries again in %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not schedule webhook delivery %1 again in %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not set up the database %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not start a transaction on %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not update the database %1 to schema version %2: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID: there is no webhook delivery %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID: webhook delivery %1 was delivered on %2; there is nothing to retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No database file was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The change was not saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database %1 can be read or changed by other users (mode %2), and it holds private keys. Make it private with ǌhmod 600 %1” and start again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database %1 could not be switched to write-ahead logging (it stays in mode “%2”); keep it on a local file system.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database %1 stayed busy for more than %2 seconds: another WG Desk process holds it. Try again; if this persists, look for a stuck wgdesk or wgdeskctl process.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database %1 was made by a newer WG Desk (schema version %2; this version knows up to %3). Update WG Desk, or use another database with --db.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database is not open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The directory %1 that holds the database belongs to another user and can be read or changed by others (mode %2), and the database holds private keys. Keep the database in a directory of your own that only you can use (ǌhmod 700 DIR”), with --db or WGDESK_DB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The directory %1 that holds the database can be read or changed by other users (mode %2), and the database holds private keys. Make it private with ǌhmod 700 %1” and start again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The interface %1 already has a peer with the public key %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The interface %1 has no peer with the public key %2.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>The user %1 still owns %n peer(s); give them another owner or remove them first.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>There is no interface %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no user %1 to own the peer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no user %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no such event</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>%1 is not a number of seconds from 0 (off) to 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a port number from 0 (random) to 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a port number from 1 to 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is outside 1280 to 65535 (IPv6 needs at least 1280).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is outside 576 to 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 overlaps %2 of peer %3; the kernel routes the overlap to the peer with the more specific prefix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allowed IPs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DNS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>External endpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Firewall mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Listen port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MTU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Persistent keepalive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preshared key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preshared key: the recorded and the running key differ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another peer of %1 (%2) already has this key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it does not belong to the public key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is the interface's own public key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the port “%1” is not a number from 1 to 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” has host bits set; did you mean %2?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” has no prefix length; write it as %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is neither an IP address nor a host name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is neither an IP address nor a search domain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not an IP address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not an email address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not of the form host:port or [IPv6]:port.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not off, auto or a table number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” may contain only letters, digits and . _ @ + -, at most 64 characters.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WebhookDispatcher</name>
    <message>
      <source>This is a test event from WG Desk.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WebhookSettings</name>
    <message>
      <source>CA file: %1 cannot be read (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CA file: %1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Secret: it must be a single line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The TLS certificate of %1 is not trusted: %2. If the receiver uses a private CA, set that CA's certificate as the CA file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The TLS handshake with %1 failed: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The connection to %1 was refused; is the receiver running?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The host %1 was not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receiver answered HTTP %1 %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receiver answered HTTP %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receiver at %1 closed the connection without an answer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receiver at %1 did not answer within %2 s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The request to %1 failed: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timeout: %1 s is not from 1 to %2 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>URL: events travel unencrypted over http://; use https:// where the receiver supports it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>URL: put no user name or password in the URL; set the Authorization value (e.g. Ჺsic …”) as the secret instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>URL: the secret and the events travel unencrypted over http://; use https:// where the receiver supports it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>URL: “%1” has a #fragment, which is never sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>URL: “%1” has no host.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>URL: “%1” is not a valid URL (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>URL: “%1” must start with https:// (or http://).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no such file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WgQuickConfig</name>
    <message>
      <source>%1 comes before any section; keys belong under [Interface] or [Peer].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 has no value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is given again; it replaces the value of line %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2 has host bits set; it is imported as %3, as the kernel stores it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: the [Peer] section of line %2 has the same public key; each peer needs its own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is neither an IP address nor a search domain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is neither true nor false.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is not a number of bytes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is not a number of seconds from 0 (off) to 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is not a port number from 0 (random) to 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is not off or a number up to 4294967295 (decimal, or hexadecimal after 0x).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: “%2” is not off, auto or a table number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interface name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PublicKey: it is the interface's own public key; the kernel ignores this peer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file has no [Interface] section.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a second [Interface] section; the first is on line %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the [Peer] section has no PublicKey.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the [Peer] section of line %1 has a second PublicKey (the first is on line %2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>there is no key before “=”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown key “%1” in [%2].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown section “%1”; a wg-quick file has [Interface] and [Peer] sections.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is neither a section header such as [Peer] nor of the form Key = Value.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Manage this machine's WireGuard interfaces and peers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database (default: %1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WireGuard backend: auto, kernel or userspace.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another WG Desk (PID %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>wgdeskctl monitor (PID %1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::app::AsyncServices</name>
    <message>
      <source>Applying peers to WireGuard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File: %1 cannot be read: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File: %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Storing peers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WG Desk has no WireGuard backend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WG Desk has no record of this peer, so it has no configuration to give.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::models::DeliveriesModel</name>
    <message>
      <source>%1 %2</source>
      <comment>webhook event: entity, then what happened</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivered %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivery ID: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Failed</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Given up %1 after %n attempt(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>HTTP %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last attempt: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next attempt</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Not delivered yet after %n attempt(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Not sent yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>connect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>disconnect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>peer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>user</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::models::InterfacesModel</name>
    <message>
      <source>(no private key)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Differs from the records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Listen port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MTU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not managed by WG Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>random</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::models::PeersModel</name>
    <message>
      <source>%1/s</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n h ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n s ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Allowed IPs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Answers ping checks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connected since %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled: kept in the records, not in the kernel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last answered ping: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last session started %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latest handshake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in WG Desk's records: added outside WG Desk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not running: the kernel does not have this peer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receiving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>never</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::models::UsersModel</name>
    <message>
      <source>%1 %2</source>
      <comment>first name, last name</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created %1 by %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled since %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled since %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated %1 by %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::ui::ClientConfigDialog</name>
    <message>
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Client configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Configuration Not Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copies the configuration, private key included, to the clipboard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the client configuration to %1: %2. Choose a folder you can write to and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>QR code of the client configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save As…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save Client Configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan this with the WireGuard app on the peer's device.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This configuration contains the peer's private key. Give it only to the peer's owner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This configuration is too long for a QR code. Save it as a file or copy it instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WireGuard configuration (*.conf)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::ui::EditDialog</name>
    <message>
      <source>44 characters of base64, as wg genkey prints them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide the key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the key</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::ui::InterfaceDialog</name>
    <message>
      <source>&amp;Addresses:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Bring the interface up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Display name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;External endpoint:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Firewall mark:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Generate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Listen port:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;MTU:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Private key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>10.0.0.1, office.lan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>10.0.0.1/24, fd00::1/64</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A number, decimal or hexadecimal with 0x, e.g. 0xca6c</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An interface cannot be renamed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DN&amp;S servers:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DNS servers and search domains for wg-quick, separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit Interface %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Firewall mark: “%1” is not a number from 0 to 4294967295 (decimal, or hexadecimal with 0x).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follows from the private key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give this key to the peers of this interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional, e.g. Office gateway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;ublic key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private key: it is empty; paste the interface's key or press Generate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace the private key with a new random one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Linux interface name: 1 to 15 letters, digits or _ = + . -</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The UDP port peers connect to; 0 lets the kernel choose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The host:port peers use to reach this interface; needed for client configurations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This host's addresses on the tunnel, with prefix length, separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>random</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vpn.example.com:51820</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>wg0</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::ui::Language</name>
    <message>
      <source>System default</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::ui::MainWindow</name>
    <message>
      <source>%1 could not be written: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is down.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is up.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 owns %n peer(s). Who should own them?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>%1: %2 of %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About WG Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add Peer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add User…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Adopt Running Configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete Interface…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete User…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit Interface…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit Peer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit User…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export .conf…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import .conf…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Interface…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Peer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove Peer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Restore Recorded Configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Retry Delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Webhooks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(nobody)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;h3&gt;WG Desk %1&lt;/h3&gt;&lt;p&gt;Manage this machine's WireGuard interfaces and peers, watch who is connected, and send every change as a webhook.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About WG Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a peer to the selected interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added peer %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added user %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adopt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adopt Running Configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adopted %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backend: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring &amp;Up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring the selected interface up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Client &amp;Configuration and QR Code…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Client Configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Configuration for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connected only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create a WireGuard interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created interface %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the interface %1 and all its peers? It is taken down and removed from WG Desk's records; this cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the user %1?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted interface %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted user %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled in WG Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled the peer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ena&amp;ble or Disable Peer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enabled the peer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event %1 is queued for another attempt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Failed events are queued for another attempt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter peers by name, key, endpoint or IP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a wg-quick Configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a wg-quick configuration file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interface traffic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interfaces and Peers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last error (%1): %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Main toolbar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make %1 run exactly as WG Desk recorded it? Peers added outside WG Desk are removed from the running interface.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make what runs equal to WG Desk's records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No WireGuard backend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to change on interface %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peers connected: %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peers of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove Peer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the peer %1 from %2? Its key is forgotten; this cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed peer %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore Recorded Configuration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry All &amp;Failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the selected interface as a wg-quick configuration file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select an interface to see its peers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selected peer's traffic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send every failed webhook event again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send the selected webhook event again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the configuration for the peer's device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take &amp;Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take the selected interface down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take what runs into WG Desk's records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take what runs on %1 into WG Desk's records? Recorded settings that differ are replaced by the running ones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated interface %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated the peer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Updated user %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WG Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WG Desk has no record of %1: adopt it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WG Desk has no record of this peer: adopt the interface's running configuration to manage it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WG Desk shows the stored configuration read-only: it lacks the CAP_NET_ADMIN capability, which managing WireGuard needs (the kernel hands out private keys only with it). Start WG Desk as root, or grant the capability once with: sudo setcap cap_net_admin+ep %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webhook Deliveries</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Webhooks: %n failed</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n pending</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Webhooks: all delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webhooks: delivered by %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webhooks: off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WireGuard configurations (*.conf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WireGuard configurations (*.conf);;All files (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::ui::SettingsDialog</name>
    <message>
      <source> s</source>
      <comment>seconds</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;CA file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Poll interval:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Secret:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Timeout:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;URL:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A peer counts as connected while its latest handshake is younger than the threshold, or while it answers ping checks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check peers with &amp;ping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the CA certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connected &amp;threshold:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivered: the receiver answered HTTP %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every change and every connect or disconnect is sent to this URL as a JSON POST. TLS certificates are always verified; a CA file adds a private CA.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide the secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Live status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not delivered: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ping &amp;interval:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send &amp;test event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending the test event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent as the Authorization header, e.g. 쯪rer …”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show a desktop &amp;notice when a peer connects or disconnects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show an icon in the system &amp;tray</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The system’s CAs only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Webhooks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>https://example.com/hooks/wireguard (empty: no webhooks)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::ui::TrafficGraph</name>
    <message>
      <source>%1 B/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 GiB/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 KiB/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 MiB/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 TiB/s</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n min ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n s ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>No traffic data yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Receiving %1 and sending %2 now; the highest rate in the last %n minute(s) was %3.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Sent %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Traffic graph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wgdesk::ui::TrayIcon</name>
    <message>
      <source>%1 connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 disconnected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is no longer connected on %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is now connected on %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 up</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1: %2 of %n peers connected</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>%1: down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Show WG Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A peer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No WireGuard interfaces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read-only: WG Desk lacks the CAP_NET_ADMIN permission that managing WireGuard needs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WG Desk</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Webhooks: %n events could not be delivered</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n events waiting; the last attempt failed: %1</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
</TS>
