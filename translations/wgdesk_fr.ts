<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>BackendChooser</name>
    <message>
      <source>Backend: “%1” is not one of auto, kernel or userspace.</source>
      <translation>Moteur : « %1 » ne fait pas partie de auto, kernel et userspace.</translation>
    </message>
    <message>
      <source>WireGuard is not available on this machine: the kernel has no WireGuard module, and wireguard-go is not installed. Either load the kernel module (“modprobe wireguard”, Linux 5.6 or newer), or install wireguard-go (“apt-get install wireguard-go”) to run WireGuard in userspace.</source>
      <translation>WireGuard n’est pas disponible sur cette machine : le noyau n’a pas de module WireGuard et wireguard-go n’est pas installé. Chargez le module du noyau (« modprobe wireguard », Linux 5.6 ou plus récent) ou installez wireguard-go (« apt-get install wireguard-go ») pour exécuter WireGuard en espace utilisateur.</translation>
    </message>
  </context>
  <context>
    <name>ClientConfig</name>
    <message>
      <source>Interface %1 has no external endpoint (the host:port clients connect to); set one first.</source>
      <translation>L'interface %1 n'a pas de point de terminaison externe (l'hôte:port auquel les clients se connectent) ; définissez-en un d'abord.</translation>
    </message>
    <message>
      <source>Peer %1: WG Desk did not generate its key pair, so it has no private key to put in a client configuration.</source>
      <translation>Pair %1 : WG Desk n'a pas généré sa paire de clés, il n'a donc aucune clé privée à placer dans une configuration client.</translation>
    </message>
  </context>
  <context>
    <name>Drift</name>
    <message>
      <source>%1: recorded %2, running %3</source>
      <translation>%1 : enregistré %2, en cours d'exécution %3</translation>
    </message>
    <message>
      <source>It is disabled in the records but runs.</source>
      <translation>Elle est désactivée dans les enregistrements, mais elle est en cours d'exécution.</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Clé publique</translation>
    </message>
    <message>
      <source>differs</source>
      <translation>différente</translation>
    </message>
    <message>
      <source>in sync</source>
      <translation>synchronisée</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>absente</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>unmanaged</source>
      <translation>non gérée</translation>
    </message>
  </context>
  <context>
    <name>InterfaceOverview</name>
    <message>
      <source>WG Desk may not manage WireGuard: it lacks the CAP_NET_ADMIN capability.</source>
      <translation>WG Desk n’a pas le droit de gérer WireGuard : il lui manque la capacité CAP_NET_ADMIN.</translation>
    </message>
  </context>
  <context>
    <name>MonitorLock</name>
    <message>
      <source>Could not lock %1: %2.</source>
      <translation>Impossible de verrouiller %1 : %2.</translation>
    </message>
    <message>
      <source>Could not open the monitor lock %1: %2.</source>
      <translation>Impossible d'ouvrir le verrou de surveillance %1 : %2.</translation>
    </message>
  </context>
  <context>
    <name>NetlinkBackend</name>
    <message>
      <source>Could not %1: it kept changing while being read (%2 attempts).</source>
      <translation>Échec de %1 : l'état n'a cessé de changer pendant la lecture (%2 tentatives).</translation>
    </message>
    <message>
      <source>Could not %1: one peer does not fit in a netlink message of %2 bytes.</source>
      <translation>Échec de %1 : un pair ne tient pas dans un message netlink de %2 octets.</translation>
    </message>
    <message>
      <source>Could not %1: the kernel sent a malformed reply.</source>
      <translation>Échec de %1 : le noyau a envoyé une réponse malformée.</translation>
    </message>
    <message>
      <source>Could not delete %1: it is not a WireGuard interface, and WG Desk deletes only WireGuard interfaces.</source>
      <translation>Impossible de supprimer %1 : ce n'est pas une interface WireGuard, et WG Desk ne supprime que des interfaces WireGuard.</translation>
    </message>
    <message>
      <source>This kernel has no WireGuard: the “wireguard” netlink family does not exist. Load it with “modprobe wireguard” (Linux 5.6 or newer has it), or install wireguard-go to run WireGuard in userspace.</source>
      <translation>Ce noyau ne dispose pas de WireGuard : la famille netlink « wireguard » n'existe pas. Chargez-la avec « modprobe wireguard » (Linux 5.6 ou plus récent l'inclut) ou installez wireguard-go pour exécuter WireGuard en espace utilisateur.</translation>
    </message>
    <message>
      <source>add the address %1 to %2</source>
      <translation>l'ajout de l'adresse %1 à %2</translation>
    </message>
    <message>
      <source>bring %1 down</source>
      <translation>la désactivation de %1</translation>
    </message>
    <message>
      <source>bring %1 up</source>
      <translation>l'activation de %1</translation>
    </message>
    <message>
      <source>configure the WireGuard interface %1</source>
      <translation>la configuration de l'interface WireGuard %1</translation>
    </message>
    <message>
      <source>find kernel WireGuard</source>
      <translation>la recherche de WireGuard dans le noyau</translation>
    </message>
    <message>
      <source>read the WireGuard interface %1</source>
      <translation>la lecture de l'interface WireGuard %1</translation>
    </message>
    <message>
      <source>remove the address %1 from %2</source>
      <translation>la suppression de l'adresse %1 de %2</translation>
    </message>
    <message>
      <source>set the MTU of %1</source>
      <translation>la définition de la MTU de %1</translation>
    </message>
  </context>
  <context>
    <name>NetlinkSocket</name>
    <message>
      <source>Could not %1: %2.</source>
      <translation>Échec de %1 : %2.</translation>
    </message>
    <message>
      <source>Could not %1: an interface named “%2” already exists.</source>
      <translation>Échec de %1 : une interface nommée « %2 » existe déjà.</translation>
    </message>
    <message>
      <source>Could not %1: the listen port is already in use.</source>
      <translation>Échec de %1 : le port d'écoute est déjà utilisé.</translation>
    </message>
    <message>
      <source>Could not %1: there is no interface named “%2”.</source>
      <translation>Échec de %1 : il n'existe aucune interface nommée « %2 ».</translation>
    </message>
    <message>
      <source>Could not %1: “%2” is not a WireGuard interface.</source>
      <translation>Échec de %1 : « %2 » n'est pas une interface WireGuard.</translation>
    </message>
    <message>
      <source>Could not allocate a netlink socket: out of memory.</source>
      <translation>Impossible d'allouer un socket netlink : mémoire insuffisante.</translation>
    </message>
    <message>
      <source>Could not open a netlink socket: %1.</source>
      <translation>Impossible d'ouvrir un socket netlink : %1.</translation>
    </message>
    <message>
      <source>The kernel refused to %1 (access denied). For an IPv6 address, check that IPv6 is enabled on the interface (net.ipv6.conf.%2.disable_ipv6).</source>
      <translation>Le noyau a refusé %1 (accès interdit). Pour une adresse IPv6, vérifiez qu'IPv6 est activé sur l'interface (net.ipv6.conf.%2.disable_ipv6).</translation>
    </message>
    <message>
      <source>The kernel refused to %1.</source>
      <translation>Le noyau a refusé %1.</translation>
    </message>
    <message>
      <source>The kernel refused to %1: a value is not valid.</source>
      <translation>Le noyau a refusé %1 : une valeur n'est pas valide.</translation>
    </message>
    <message>
      <source>The kernel reports: %1.</source>
      <translation>Le noyau indique : %1.</translation>
    </message>
    <message>
      <source>WG Desk may not %1: managing WireGuard needs the CAP_NET_ADMIN capability. Run it as root, or grant the capability with “setcap cap_net_admin+ep” on its executable.</source>
      <translation>WG Desk n'a pas le droit d'effectuer %1 : la gestion de WireGuard nécessite la capacité CAP_NET_ADMIN. Exécutez-le en tant que root ou accordez-lui la capacité avec « setcap cap_net_admin+ep » sur son exécutable.</translation>
    </message>
  </context>
  <context>
    <name>PingChecker</name>
    <message>
      <source>Ping checks are off: this user may not send ICMP echo requests (%1). Peers count as connected by their handshakes only. To turn them on, add a group of this user to net.ipv4.ping_group_range (sysctl) or give WG Desk the CAP_NET_RAW capability.</source>
      <translation>Les vérifications par ping sont désactivées : cet utilisateur ne peut pas envoyer de requêtes ICMP echo (%1). Les pairs ne sont considérés comme connectés que d'après leurs poignées de main. Pour les activer, ajoutez un groupe de cet utilisateur à net.ipv4.ping_group_range (sysctl) ou donnez à WG Desk la capacité CAP_NET_RAW.</translation>
    </message>
    <message>
      <source>Ping checks to %1 addresses are off: no ICMP socket could be opened (ping socket: %2; raw socket: %3). Those peers count as connected by their handshakes only.</source>
      <translation>Les vérifications par ping vers les adresses %1 sont désactivées : aucun socket ICMP n'a pu être ouvert (socket ping : %2 ; socket raw : %3). Ces pairs ne sont considérés comme connectés que d'après leurs poignées de main.</translation>
    </message>
    <message>
      <source>net.ipv4.ping_group_range (“%1”) does not include group %2, and there is no CAP_NET_RAW</source>
      <translation>net.ipv4.ping_group_range (« %1 ») n'inclut pas le groupe %2, et CAP_NET_RAW n'est pas accordée</translation>
    </message>
    <message>
      <source>ping sockets: %1; raw sockets: %2</source>
      <translation>sockets ping : %1 ; sockets raw : %2</translation>
    </message>
  </context>
  <context>
    <name>RouteNetlink</name>
    <message>
      <source>Could not %1: the interface already has that address.</source>
      <translation>Échec de %1 : l'interface possède déjà cette adresse.</translation>
    </message>
    <message>
      <source>Could not %1: the interface has no such address.</source>
      <translation>Échec de %1 : l'interface ne possède pas cette adresse.</translation>
    </message>
    <message>
      <source>add the address %1 to %2</source>
      <translation>l'ajout de l'adresse %1 à %2</translation>
    </message>
    <message>
      <source>bring %1 down</source>
      <translation>la désactivation de %1</translation>
    </message>
    <message>
      <source>bring %1 up</source>
      <translation>l'activation de %1</translation>
    </message>
    <message>
      <source>create the interface %1</source>
      <translation>la création de l'interface %1</translation>
    </message>
    <message>
      <source>delete the interface %1</source>
      <translation>la suppression de l'interface %1</translation>
    </message>
    <message>
      <source>list the network interfaces</source>
      <translation>l'énumération des interfaces réseau</translation>
    </message>
    <message>
      <source>read the addresses of %1</source>
      <translation>la lecture des adresses de %1</translation>
    </message>
    <message>
      <source>read the interface %1</source>
      <translation>la lecture de l'interface %1</translation>
    </message>
    <message>
      <source>remove the address %1 from %2</source>
      <translation>la suppression de l'adresse %1 de %2</translation>
    </message>
    <message>
      <source>set the MTU of %1 to %2</source>
      <translation>la définition de la MTU de %1 à %2</translation>
    </message>
  </context>
  <context>
    <name>Services</name>
    <message>
      <source>Could not save the change: %1</source>
      <translation>Impossible d'enregistrer la modification : %1</translation>
    </message>
    <message>
      <source>Endpoint: the host name “%1” could not be resolved: %2.</source>
      <translation>Point de terminaison : le nom d'hôte « %1 » n'a pas pu être résolu : %2.</translation>
    </message>
    <message>
      <source>Endpoint: “%1” is not of the form host:port.</source>
      <translation>Point de terminaison : « %1 » n'est pas de la forme hôte:port.</translation>
    </message>
    <message>
      <source>Identifier: a user “%1” already exists.</source>
      <translation>Identifiant : un utilisateur « %1 » existe déjà.</translation>
    </message>
    <message>
      <source>Identifier: there is no user “%1”.</source>
      <translation>Identifiant : il n'existe aucun utilisateur « %1 ».</translation>
    </message>
    <message>
      <source>Interface: WG Desk has no interface named “%1”.</source>
      <translation>Interface : WG Desk n'a aucune interface nommée « %1 ».</translation>
    </message>
    <message>
      <source>Name: %1</source>
      <translation>Nom : %1</translation>
    </message>
    <message>
      <source>Name: %1 is disabled; enable it to bring it back.</source>
      <translation>Nom : %1 est désactivée ; activez-la pour la rétablir.</translation>
    </message>
    <message>
      <source>Name: WG Desk already manages an interface named “%1”.</source>
      <translation>Nom : WG Desk gère déjà une interface nommée « %1 ».</translation>
    </message>
    <message>
      <source>Name: WG Desk has no interface named “%1”.</source>
      <translation>Nom : WG Desk n'a aucune interface nommée « %1 ».</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Public key: %1 has no peer with the key %2.</source>
      <translation>Clé publique : %1 n'a aucun pair avec la clé %2.</translation>
    </message>
    <message>
      <source>Public key: a peer with this key already runs on %1, but WG Desk has no record of it; take it in with “wgdeskctl interface adopt %1” instead.</source>
      <translation>Clé publique : un pair avec cette clé est déjà actif sur %1, mais WG Desk n'en a aucun enregistrement ; adoptez-le plutôt avec « wgdeskctl interface adopt %1 ».</translation>
    </message>
    <message>
      <source>Putting WireGuard back as it was failed too: %1 WireGuard and WG Desk's records now differ; see “wgdeskctl drift”.</source>
      <translation>Le rétablissement de WireGuard dans son état précédent a également échoué : %1 WireGuard et les enregistrements de WG Desk diffèrent désormais ; voir « wgdeskctl drift ».</translation>
    </message>
    <message>
      <source>User: there is no user “%1” to move the peers to.</source>
      <translation>Utilisateur : il n'existe aucun utilisateur « %1 » vers qui déplacer les pairs.</translation>
    </message>
    <message>
      <source>User: there is no user “%1”.</source>
      <translation>Utilisateur : il n'existe aucun utilisateur « %1 ».</translation>
    </message>
    <message>
      <source>User: “%1” owns %2 peer(s); move them to another user first, or remove them.</source>
      <translation>Utilisateur : « %1 » possède %2 pair(s) ; déplacez-les d'abord vers un autre utilisateur, ou supprimez-les.</translation>
    </message>
    <message>
      <source>WireGuard was put back as it was; nothing was changed.</source>
      <translation>WireGuard a été rétabli dans son état précédent ; rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>StatusMonitor</name>
    <message>
      <source>%1: %2 ms is not a whole number of seconds.</source>
      <translation>%1 : %2 ms n'est pas un nombre entier de secondes.</translation>
    </message>
    <message>
      <source>%1: %2 s is not from %3 to %4 seconds.</source>
      <translation>%1 : %2 s n'est pas compris entre %3 et %4 secondes.</translation>
    </message>
    <message>
      <source>%1: live tunnels handshake only every 120 s, so with less than %2 s peers would flap between connected and disconnected.</source>
      <translation>%1 : les tunnels actifs n'effectuent une poignée de main que toutes les 120 s ; en dessous de %2 s, les pairs alterneraient entre connectés et déconnectés.</translation>
    </message>
    <message>
      <source>%1: “%2” is not a whole number of seconds from %3 to %4.</source>
      <translation>%1 : « %2 » n'est pas un nombre entier de secondes compris entre %3 et %4.</translation>
    </message>
    <message>
      <source>%1: “%2” is not on or off.</source>
      <translation>%1 : « %2 » n'est ni on ni off.</translation>
    </message>
    <message>
      <source>Connected threshold</source>
      <translation>Seuil de connexion</translation>
    </message>
    <message>
      <source>Key: “%1” is not a setting; the settings are %2.</source>
      <translation>Clé : « %1 » n'est pas un paramètre ; les paramètres sont %2.</translation>
    </message>
    <message>
      <source>Ping interval</source>
      <translation>Intervalle de ping</translation>
    </message>
    <message>
      <source>Poll interval</source>
      <translation>Intervalle d'interrogation</translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>%1 is not a WG Desk database (SQLite says: %2).</source>
      <translation>%1 n'est pas une base de données WG Desk (SQLite indique : %2).</translation>
    </message>
    <message>
      <source>%1 is not a directory, so the database cannot be kept in it.</source>
      <translation>%1 n'est pas un répertoire ; la base de données ne peut donc pas y être conservée.</translation>
    </message>
    <message>
      <source>%1 is not a regular file, so it cannot be the database.</source>
      <translation>%1 n'est pas un fichier ordinaire ; il ne peut donc pas servir de base de données.</translation>
    </message>
    <message>
      <source>A user %1 already exists.</source>
      <translation>Un utilisateur %1 existe déjà.</translation>
    </message>
    <message>
      <source>An interface %1 already exists.</source>
      <translation>Une interface %1 existe déjà.</translation>
    </message>
    <message>
      <source>Could not check the directory %1: %2.</source>
      <translation>Impossible de vérifier le répertoire %1 : %2.</translation>
    </message>
    <message>
      <source>Could not check the permissions of %1: %2.</source>
      <translation>Impossible de vérifier les permissions de %1 : %2.</translation>
    </message>
    <message>
      <source>Could not count the peers of the user %1 in %2: %3.</source>
      <translation>Impossible de compter les pairs de l'utilisateur %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not create the database %1: %2.</source>
      <translation>Impossible de créer la base de données %1 : %2.</translation>
    </message>
    <message>
      <source>Could not create the directory %1.</source>
      <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
      <source>Could not create the directory %1: %2.</source>
      <translation>Impossible de créer le répertoire %1 : %2.</translation>
    </message>
    <message>
      <source>Could not forget the state of peer %1 in %2: %3.</source>
      <translation>Impossible d'oublier l'état du pair %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not make the database %1 private: %2.</source>
      <translation>Impossible de rendre privée la base de données %1 : %2.</translation>
    </message>
    <message>
      <source>Could not make the directory %1 private: %2.</source>
      <translation>Impossible de rendre privé le répertoire %1 : %2.</translation>
    </message>
    <message>
      <source>Could not open the database %1: %2.</source>
      <translation>Impossible d'ouvrir la base de données %1 : %2.</translation>
    </message>
    <message>
      <source>Could not read the interface %1 from %2: %3.</source>
      <translation>Impossible de lire l'interface %1 depuis %2 : %3.</translation>
    </message>
    <message>
      <source>Could not read the interfaces from %1: %2.</source>
      <translation>Impossible de lire les interfaces depuis %1 : %2.</translation>
    </message>
    <message>
      <source>Could not read the peer %1 of %2 from %3: %4.</source>
      <translation>Impossible de lire le pair %1 de %2 depuis %3 : %4.</translation>
    </message>
    <message>
      <source>Could not read the peers of %1 from %2: %3.</source>
      <translation>Impossible de lire les pairs de %1 depuis %2 : %3.</translation>
    </message>
    <message>
      <source>Could not read the peers' last known state from %1: %2.</source>
      <translation>Impossible de lire le dernier état connu des pairs depuis %1 : %2.</translation>
    </message>
    <message>
      <source>Could not read the schema version of %1: %2.</source>
      <translation>Impossible de lire la version du schéma de %1 : %2.</translation>
    </message>
    <message>
      <source>Could not read the setting %1 from %2: %3.</source>
      <translation>Impossible de lire le paramètre %1 depuis %2 : %3.</translation>
    </message>
    <message>
      <source>Could not read the user %1 from %2: %3.</source>
      <translation>Impossible de lire l'utilisateur %1 depuis %2 : %3.</translation>
    </message>
    <message>
      <source>Could not read the users from %1: %2.</source>
      <translation>Impossible de lire les utilisateurs depuis %1 : %2.</translation>
    </message>
    <message>
      <source>Could not read the webhook delivery log from %1: %2.</source>
      <translation>Impossible de lire le journal des livraisons de webhooks depuis %1 : %2.</translation>
    </message>
    <message>
      <source>Could not read the webhook outbox from %1: %2.</source>
      <translation>Impossible de lire la file d'envoi des webhooks depuis %1 : %2.</translation>
    </message>
    <message>
      <source>Could not read the webhook settings from %1: %2.</source>
      <translation>Impossible de lire les paramètres des webhooks depuis %1 : %2.</translation>
    </message>
    <message>
      <source>Could not record the %1 event of %2 %3 in %4: %5.</source>
      <translation>Impossible d'enregistrer l'événement %1 de %2 %3 dans %4 : %5.</translation>
    </message>
    <message>
      <source>Could not record the delivery of webhook event %1 in %2: %3.</source>
      <translation>Impossible d'enregistrer la livraison de l'événement de webhook %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not record the failed delivery of webhook event %1 in %2: %3.</source>
      <translation>Impossible d'enregistrer l'échec de livraison de l'événement de webhook %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not record the schema version of %1: %2.</source>
      <translation>Impossible d'enregistrer la version du schéma de %1 : %2.</translation>
    </message>
    <message>
      <source>Could not remove old webhook deliveries from %1: %2.</source>
      <translation>Impossible de supprimer les anciennes livraisons de webhooks de %1 : %2.</translation>
    </message>
    <message>
      <source>Could not remove the interface %1 from %2: %3.</source>
      <translation>Impossible de supprimer l'interface %1 de %2 : %3.</translation>
    </message>
    <message>
      <source>Could not remove the peer %1 from %2: %3.</source>
      <translation>Impossible de supprimer le pair %1 de %2 : %3.</translation>
    </message>
    <message>
      <source>Could not remove the setting %1 from %2: %3.</source>
      <translation>Impossible de supprimer le paramètre %1 de %2 : %3.</translation>
    </message>
    <message>
      <source>Could not remove the user %1 from %2: %3.</source>
      <translation>Impossible de supprimer l'utilisateur %1 de %2 : %3.</translation>
    </message>
    <message>
      <source>Could not save the change in %1: %2.</source>
      <translation>Impossible d'enregistrer la modification dans %1 : %2.</translation>
    </message>
    <message>
      <source>Could not save the interface %1 in %2: %3.</source>
      <translation>Impossible d'enregistrer l'interface %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not save the peer %1 in %2: %3.</source>
      <translation>Impossible d'enregistrer le pair %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not save the ping checks in %1: %2.</source>
      <translation>Impossible d'enregistrer les vérifications par ping dans %1 : %2.</translation>
    </message>
    <message>
      <source>Could not save the setting %1 in %2: %3.</source>
      <translation>Impossible d'enregistrer le paramètre %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not save the state of peer %1 in %2: %3.</source>
      <translation>Impossible d'enregistrer l'état du pair %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not save the user %1 in %2: %3.</source>
      <translation>Impossible d'enregistrer l'utilisateur %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not schedule the failed webhook deliveries again in %1: %2.</source>
      <translation>Impossible de replanifier les livraisons de webhooks en échec dans %1 : %2.</translation>
    </message>
    <message>
      <source>Could not schedule webhook delivery %1 again in %2: %3.</source>
      <translation>Impossible de replanifier la livraison de webhook %1 dans %2 : %3.</translation>
    </message>
    <message>
      <source>Could not set up the database %1: %2.</source>
      <translation>Impossible d'initialiser la base de données %1 : %2.</translation>
    </message>
    <message>
      <source>Could not start a transaction on %1: %2.</source>
      <translation>Impossible de démarrer une transaction sur %1 : %2.</translation>
    </message>
    <message>
      <source>Could not update the database %1 to schema version %2: %3.</source>
      <translation>Impossible de mettre à jour la base de données %1 vers la version de schéma %2 : %3.</translation>
    </message>
    <message>
      <source>ID: there is no webhook delivery %1.</source>
      <translation>ID : il n'existe aucune livraison de webhook %1.</translation>
    </message>
    <message>
      <source>ID: webhook delivery %1 was delivered on %2; there is nothing to retry.</source>
      <translation>ID : la livraison de webhook %1 a été effectuée le %2 ; il n'y a rien à réessayer.</translation>
    </message>
    <message>
      <source>No database file was given.</source>
      <translation>Aucun fichier de base de données n'a été indiqué.</translation>
    </message>
    <message>
      <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
      <translation>Le pilote SQLite pour Qt (QSQLITE) n'est pas installé.</translation>
    </message>
    <message>
      <source>The change was not saved.</source>
      <translation>La modification n'a pas été enregistrée.</translation>
    </message>
    <message>
      <source>The database %1 can be read or changed by other users (mode %2), and it holds private keys. Make it private with “chmod 600 %1” and start again.</source>
      <translation>La base de données %1 peut être lue ou modifiée par d’autres utilisateurs (mode %2), et elle contient des clés privées. Rendez-la privée avec « chmod 600 %1 » puis redémarrez.</translation>
    </message>
    <message>
      <source>The database %1 could not be switched to write-ahead logging (it stays in mode “%2”); keep it on a local file system.</source>
      <translation>La base de données %1 n'a pas pu passer en journalisation anticipée (WAL) (elle reste en mode « %2 ») ; conservez-la sur un système de fichiers local.</translation>
    </message>
    <message>
      <source>The database %1 stayed busy for more than %2 seconds: another WG Desk process holds it. Try again; if this persists, look for a stuck wgdesk or wgdeskctl process.</source>
      <translation>La base de données %1 est restée occupée plus de %2 secondes : un autre processus WG Desk la détient. Réessayez ; si le problème persiste, cherchez un processus wgdesk ou wgdeskctl bloqué.</translation>
    </message>
    <message>
      <source>The database %1 was made by a newer WG Desk (schema version %2; this version knows up to %3). Update WG Desk, or use another database with --db.</source>
      <translation>La base de données %1 a été créée par une version plus récente de WG Desk (version de schéma %2 ; cette version connaît jusqu'à la %3). Mettez WG Desk à jour, ou utilisez une autre base de données avec --db.</translation>
    </message>
    <message>
      <source>The database is not open.</source>
      <translation>La base de données n'est pas ouverte.</translation>
    </message>
    <message>
      <source>The directory %1 that holds the database belongs to another user and can be read or changed by others (mode %2), and the database holds private keys. Keep the database in a directory of your own that only you can use (“chmod 700 DIR”), with --db or WGDESK_DB.</source>
      <translation>Le répertoire %1 qui contient la base de données appartient à un autre utilisateur et peut être lu ou modifié par d’autres (mode %2), et la base contient des clés privées. Placez la base dans un répertoire à vous que vous seul pouvez utiliser (« chmod 700 RÉPERTOIRE »), avec --db ou WGDESK_DB.</translation>
    </message>
    <message>
      <source>The directory %1 that holds the database can be read or changed by other users (mode %2), and the database holds private keys. Make it private with “chmod 700 %1” and start again.</source>
      <translation>Le répertoire %1 qui contient la base de données peut être lu ou modifié par d’autres utilisateurs (mode %2), et la base contient des clés privées. Rendez-le privé avec « chmod 700 %1 » puis redémarrez.</translation>
    </message>
    <message>
      <source>The interface %1 already has a peer with the public key %2.</source>
      <translation>L'interface %1 a déjà un pair avec la clé publique %2.</translation>
    </message>
    <message>
      <source>The interface %1 has no peer with the public key %2.</source>
      <translation>L'interface %1 n'a aucun pair avec la clé publique %2.</translation>
    </message>
    <message numerus="yes">
      <source>The user %1 still owns %n peer(s); give them another owner or remove them first.</source>
      <translation>
        <numerusform>L'utilisateur %1 possède encore %n pair ; attribuez-le d'abord à un autre propriétaire ou supprimez-le.</numerusform>
        <numerusform>L'utilisateur %1 possède encore %n pairs ; attribuez-les d'abord à un autre propriétaire ou supprimez-les.</numerusform>
      </translation>
    </message>
    <message>
      <source>There is no interface %1.</source>
      <translation>Il n'existe aucune interface %1.</translation>
    </message>
    <message>
      <source>There is no user %1 to own the peer.</source>
      <translation>Il n'existe aucun utilisateur %1 pour être propriétaire du pair.</translation>
    </message>
    <message>
      <source>There is no user %1.</source>
      <translation>Il n'existe aucun utilisateur %1.</translation>
    </message>
    <message>
      <source>no such event</source>
      <translation>événement introuvable</translation>
    </message>
  </context>
  <context>
    <name>UapiBackend</name>
    <message>
      <source>Could not %1: wireguard-go (%2) did not start: %3.</source>
      <translation>Échec de %1 : wireguard-go (%2) n'a pas démarré : %3.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go closed its socket %2 without answering.</source>
      <translation>Échec de %1 : wireguard-go a fermé son socket %2 sans répondre.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go did not answer on %2 within %3 seconds.</source>
      <translation>Échec de %1 : wireguard-go n'a pas répondu sur %2 dans un délai de %3 secondes.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go did not finish starting within %2 seconds.</source>
      <translation>Échec de %1 : wireguard-go n'a pas fini de démarrer dans un délai de %2 secondes.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go failed (exit code %2).</source>
      <translation>Échec de %1 : wireguard-go a échoué (code de sortie %2).</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go failed: %2.</source>
      <translation>Échec de %1 : wireguard-go a échoué : %2.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go sent a malformed reply.</source>
      <translation>Échec de %1 : wireguard-go a envoyé une réponse malformée.</translation>
    </message>
    <message>
      <source>Could not %1: wireguard-go started, but its socket %2 did not answer within %3 seconds (%4).</source>
      <translation>Échec de %1 : wireguard-go a démarré, mais son socket %2 n'a pas répondu dans un délai de %3 secondes (%4).</translation>
    </message>
    <message>
      <source>Could not delete %1: it is not a WireGuard interface, and WG Desk deletes only WireGuard interfaces.</source>
      <translation>Impossible de supprimer %1 : ce n'est pas une interface WireGuard, et WG Desk ne supprime que des interfaces WireGuard.</translation>
    </message>
    <message>
      <source>Deleted the interface %1, but its wireguard-go still answers on %2 after %3 seconds.</source>
      <translation>L'interface %1 a été supprimée, mais son processus wireguard-go répond encore sur %2 après %3 secondes.</translation>
    </message>
    <message>
      <source>WG Desk may not %1: wireguard-go reports “%2”. Creating its TUN device needs root; run WG Desk as root.</source>
      <translation>WG Desk n'a pas le droit d'effectuer %1 : wireguard-go indique « %2 ». La création de son périphérique TUN nécessite les droits root ; exécutez WG Desk en tant que root.</translation>
    </message>
    <message>
      <source>WG Desk may not %1: wireguard-go's socket %2 belongs to root, and only root may use it. Run WG Desk as root.</source>
      <translation>WG Desk n'a pas le droit d'effectuer %1 : le socket %2 de wireguard-go appartient à root, et seul root peut l'utiliser. Exécutez WG Desk en tant que root.</translation>
    </message>
    <message>
      <source>add the address %1 to %2</source>
      <translation>l'ajout de l'adresse %1 à %2</translation>
    </message>
    <message>
      <source>bring %1 down</source>
      <translation>la désactivation de %1</translation>
    </message>
    <message>
      <source>bring %1 up</source>
      <translation>l'activation de %1</translation>
    </message>
    <message>
      <source>configure the WireGuard interface %1</source>
      <translation>la configuration de l'interface WireGuard %1</translation>
    </message>
    <message>
      <source>create the interface %1</source>
      <translation>la création de l'interface %1</translation>
    </message>
    <message>
      <source>delete the interface %1</source>
      <translation>la suppression de l'interface %1</translation>
    </message>
    <message>
      <source>list the WireGuard interfaces</source>
      <translation>l'énumération des interfaces WireGuard</translation>
    </message>
    <message>
      <source>read the WireGuard interface %1</source>
      <translation>la lecture de l'interface WireGuard %1</translation>
    </message>
    <message>
      <source>remove the address %1 from %2</source>
      <translation>la suppression de l'adresse %1 de %2</translation>
    </message>
    <message>
      <source>set the MTU of %1 to %2</source>
      <translation>la définition de la MTU de %1 à %2</translation>
    </message>
    <message>
      <source>wireguard-go is not installed: WG Desk needs it to run WireGuard in userspace. Install it with “apt-get install wireguard-go”, or set WGDESK_WIREGUARD_GO to its path.</source>
      <translation>wireguard-go n'est pas installé : WG Desk en a besoin pour exécuter WireGuard en espace utilisateur. Installez-le avec « apt-get install wireguard-go » ou définissez WGDESK_WIREGUARD_GO sur son chemin.</translation>
    </message>
    <message>
      <source>wireguard-go refused to %1: a value is not valid.</source>
      <translation>wireguard-go a refusé %1 : une valeur n'est pas valide.</translation>
    </message>
    <message>
      <source>wireguard-go was not found at %1. Install it with “apt-get install wireguard-go”, or set WGDESK_WIREGUARD_GO to its path.</source>
      <translation>wireguard-go est introuvable à l'emplacement %1. Installez-le avec « apt-get install wireguard-go » ou définissez WGDESK_WIREGUARD_GO sur son chemin.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>%1 is not a number of seconds from 0 (off) to 65535.</source>
      <translation>%1 n'est pas un nombre de secondes compris entre 0 (désactivé) et 65535.</translation>
    </message>
    <message>
      <source>%1 is not a port number from 0 (random) to 65535.</source>
      <translation>%1 n'est pas un numéro de port compris entre 0 (aléatoire) et 65535.</translation>
    </message>
    <message>
      <source>%1 is not a port number from 1 to 65535.</source>
      <translation>%1 n'est pas un numéro de port compris entre 1 et 65535.</translation>
    </message>
    <message>
      <source>%1 is outside 1280 to 65535 (IPv6 needs at least 1280).</source>
      <translation>%1 n'est pas compris entre 1280 et 65535 (IPv6 exige au moins 1280).</translation>
    </message>
    <message>
      <source>%1 is outside 576 to 65535.</source>
      <translation>%1 n'est pas compris entre 576 et 65535.</translation>
    </message>
    <message>
      <source>%1 overlaps %2 of peer %3; the kernel routes the overlap to the peer with the more specific prefix.</source>
      <translation>%1 chevauche %2 du pair %3 ; le noyau achemine la zone commune vers le pair dont le préfixe est le plus spécifique.</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Addresses</source>
      <translation>Adresses</translation>
    </message>
    <message>
      <source>Allowed IPs</source>
      <translation>IP autorisées</translation>
    </message>
    <message>
      <source>Check address</source>
      <translation>Adresse de vérification</translation>
    </message>
    <message>
      <source>DNS</source>
      <translation>DNS</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>Point de terminaison</translation>
    </message>
    <message>
      <source>External endpoint</source>
      <translation>Point de terminaison externe</translation>
    </message>
    <message>
      <source>Firewall mark</source>
      <translation>Marque de pare-feu</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Listen port</source>
      <translation>Port d'écoute</translation>
    </message>
    <message>
      <source>MTU</source>
      <translation>MTU</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Persistent keepalive</source>
      <translation>Keepalive persistant</translation>
    </message>
    <message>
      <source>Preshared key</source>
      <translation>Clé pré-partagée</translation>
    </message>
    <message>
      <source>Preshared key: the recorded and the running key differ</source>
      <translation>Clé pré-partagée : la clé enregistrée et la clé en cours d'utilisation diffèrent</translation>
    </message>
    <message>
      <source>Private key</source>
      <translation>Clé privée</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Clé publique</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <source>another peer of %1 (%2) already has this key.</source>
      <translation>un autre pair de %1 (%2) possède déjà cette clé.</translation>
    </message>
    <message>
      <source>it does not belong to the public key.</source>
      <translation>elle ne correspond pas à la clé publique.</translation>
    </message>
    <message>
      <source>it is empty.</source>
      <translation>le champ est vide.</translation>
    </message>
    <message>
      <source>it is the interface's own public key.</source>
      <translation>il s'agit de la clé publique de l'interface elle-même.</translation>
    </message>
    <message>
      <source>the port “%1” is not a number from 1 to 65535.</source>
      <translation>le port « %1 » n'est pas un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
      <source>“%1” has host bits set; did you mean %2?</source>
      <translation>« %1 » a des bits d'hôte définis ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
      <source>“%1” has no prefix length; write it as %2.</source>
      <translation>« %1 » n'a pas de longueur de préfixe ; écrivez-le %2.</translation>
    </message>
    <message>
      <source>“%1” is neither an IP address nor a host name.</source>
      <translation>« %1 » n'est ni une adresse IP ni un nom d'hôte.</translation>
    </message>
    <message>
      <source>“%1” is neither an IP address nor a search domain.</source>
      <translation>« %1 » n'est ni une adresse IP ni un domaine de recherche.</translation>
    </message>
    <message>
      <source>“%1” is not an IP address.</source>
      <translation>« %1 » n'est pas une adresse IP.</translation>
    </message>
    <message>
      <source>“%1” is not an email address.</source>
      <translation>« %1 » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
      <source>“%1” is not of the form host:port or [IPv6]:port.</source>
      <translation>« %1 » n'est pas de la forme hôte:port ou [IPv6]:port.</translation>
    </message>
    <message>
      <source>“%1” is not off, auto or a table number.</source>
      <translation>« %1 » n'est ni off, ni auto, ni un numéro de table.</translation>
    </message>
    <message>
      <source>“%1” may contain only letters, digits and . _ @ + -, at most 64 characters.</source>
      <translation>« %1 » ne peut contenir que des lettres, des chiffres et . _ @ + -, 64 caractères au maximum.</translation>
    </message>
  </context>
  <context>
    <name>WebhookDispatcher</name>
    <message>
      <source>This is a test event from WG Desk.</source>
      <translation>Ceci est un événement de test envoyé par WG Desk.</translation>
    </message>
  </context>
  <context>
    <name>WebhookSettings</name>
    <message>
      <source>CA file: %1 cannot be read (%2).</source>
      <translation>Fichier CA : %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
      <source>CA file: %1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”).</source>
      <translation>Fichier CA : %1 ne contient aucun certificat PEM (« -----BEGIN CERTIFICATE----- »).</translation>
    </message>
    <message>
      <source>Secret: it must be a single line.</source>
      <translation>Secret : il doit tenir sur une seule ligne.</translation>
    </message>
    <message>
      <source>The TLS certificate of %1 is not trusted: %2. If the receiver uses a private CA, set that CA's certificate as the CA file.</source>
      <translation>Le certificat TLS de %1 n'est pas de confiance : %2. Si le destinataire utilise une CA privée, indiquez le certificat de cette CA comme fichier CA.</translation>
    </message>
    <message>
      <source>The TLS handshake with %1 failed: %2.</source>
      <translation>La poignée de main TLS avec %1 a échoué : %2.</translation>
    </message>
    <message>
      <source>The connection to %1 was refused; is the receiver running?</source>
      <translation>La connexion à %1 a été refusée ; le destinataire est-il en cours d'exécution ?</translation>
    </message>
    <message>
      <source>The host %1 was not found.</source>
      <translation>L'hôte %1 est introuvable.</translation>
    </message>
    <message>
      <source>The receiver answered HTTP %1 %2.</source>
      <translation>Le destinataire a répondu HTTP %1 %2.</translation>
    </message>
    <message>
      <source>The receiver answered HTTP %1.</source>
      <translation>Le destinataire a répondu HTTP %1.</translation>
    </message>
    <message>
      <source>The receiver at %1 closed the connection without an answer.</source>
      <translation>Le destinataire à l'adresse %1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
      <source>The receiver at %1 did not answer within %2 s.</source>
      <translation>Le destinataire à l'adresse %1 n'a pas répondu dans les %2 s.</translation>
    </message>
    <message>
      <source>The request to %1 failed: %2.</source>
      <translation>La requête vers %1 a échoué : %2.</translation>
    </message>
    <message>
      <source>Timeout: %1 s is not from 1 to %2 seconds.</source>
      <translation>Délai d'expiration : %1 s n'est pas compris entre 1 et %2 secondes.</translation>
    </message>
    <message>
      <source>URL: events travel unencrypted over http://; use https:// where the receiver supports it.</source>
      <translation>URL : les événements transitent en clair via http:// ; utilisez https:// si le destinataire le prend en charge.</translation>
    </message>
    <message>
      <source>URL: put no user name or password in the URL; set the Authorization value (e.g. “Basic …”) as the secret instead.</source>
      <translation>URL : ne mettez ni nom d’utilisateur ni mot de passe dans l’URL ; indiquez plutôt la valeur Authorization (par ex. « Basic … ») comme secret.</translation>
    </message>
    <message>
      <source>URL: the secret and the events travel unencrypted over http://; use https:// where the receiver supports it.</source>
      <translation>URL : le secret et les événements transitent en clair via http:// ; utilisez https:// si le destinataire le prend en charge.</translation>
    </message>
    <message>
      <source>URL: “%1” has a #fragment, which is never sent.</source>
      <translation>URL : « %1 » contient un #fragment, qui n'est jamais envoyé.</translation>
    </message>
    <message>
      <source>URL: “%1” has no host.</source>
      <translation>URL : « %1 » n'a pas d'hôte.</translation>
    </message>
    <message>
      <source>URL: “%1” is not a valid URL (%2).</source>
      <translation>URL : « %1 » n'est pas une URL valide (%2).</translation>
    </message>
    <message>
      <source>URL: “%1” must start with https:// (or http://).</source>
      <translation>URL : « %1 » doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
      <source>no such file</source>
      <translation>fichier introuvable</translation>
    </message>
  </context>
  <context>
    <name>WgQuickConfig</name>
    <message>
      <source>%1 comes before any section; keys belong under [Interface] or [Peer].</source>
      <translation>%1 apparaît avant toute section ; les clés doivent se trouver sous [Interface] ou [Peer].</translation>
    </message>
    <message>
      <source>%1 has no value.</source>
      <translation>%1 n'a pas de valeur.</translation>
    </message>
    <message>
      <source>%1 is given again; it replaces the value of line %2.</source>
      <translation>%1 est de nouveau indiqué ; il remplace la valeur de la ligne %2.</translation>
    </message>
    <message>
      <source>%1: %2 has host bits set; it is imported as %3, as the kernel stores it.</source>
      <translation>%1 : %2 a des bits d'hôte définis ; il est importé comme %3, tel que le noyau le stocke.</translation>
    </message>
    <message>
      <source>%1: the [Peer] section of line %2 has the same public key; each peer needs its own.</source>
      <translation>%1 : la section [Peer] de la ligne %2 a la même clé publique ; chaque pair doit avoir la sienne.</translation>
    </message>
    <message>
      <source>%1: “%2” is neither an IP address nor a search domain.</source>
      <translation>%1 : « %2 » n'est ni une adresse IP ni un domaine de recherche.</translation>
    </message>
    <message>
      <source>%1: “%2” is neither true nor false.</source>
      <translation>%1 : « %2 » n'est ni true ni false.</translation>
    </message>
    <message>
      <source>%1: “%2” is not a number of bytes.</source>
      <translation>%1 : « %2 » n'est pas un nombre d'octets.</translation>
    </message>
    <message>
      <source>%1: “%2” is not a number of seconds from 0 (off) to 65535.</source>
      <translation>%1 : « %2 » n'est pas un nombre de secondes compris entre 0 (désactivé) et 65535.</translation>
    </message>
    <message>
      <source>%1: “%2” is not a port number from 0 (random) to 65535.</source>
      <translation>%1 : « %2 » n'est pas un numéro de port compris entre 0 (aléatoire) et 65535.</translation>
    </message>
    <message>
      <source>%1: “%2” is not off or a number up to 4294967295 (decimal, or hexadecimal after 0x).</source>
      <translation>%1 : « %2 » n'est ni off ni un nombre inférieur ou égal à 4294967295 (décimal, ou hexadécimal après 0x).</translation>
    </message>
    <message>
      <source>%1: “%2” is not off, auto or a table number.</source>
      <translation>%1 : « %2 » n'est ni off, ni auto, ni un numéro de table.</translation>
    </message>
    <message>
      <source>Interface name</source>
      <translation>Nom de l'interface</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>Ligne %1 : %2</translation>
    </message>
    <message>
      <source>PublicKey: it is the interface's own public key; the kernel ignores this peer.</source>
      <translation>PublicKey : il s'agit de la clé publique de l'interface elle-même ; le noyau ignore ce pair.</translation>
    </message>
    <message>
      <source>The file has no [Interface] section.</source>
      <translation>Le fichier n'a pas de section [Interface].</translation>
    </message>
    <message>
      <source>a second [Interface] section; the first is on line %1.</source>
      <translation>une deuxième section [Interface] ; la première se trouve à la ligne %1.</translation>
    </message>
    <message>
      <source>the [Peer] section has no PublicKey.</source>
      <translation>la section [Peer] n'a pas de PublicKey.</translation>
    </message>
    <message>
      <source>the [Peer] section of line %1 has a second PublicKey (the first is on line %2).</source>
      <translation>la section [Peer] de la ligne %1 a une deuxième PublicKey (la première se trouve à la ligne %2).</translation>
    </message>
    <message>
      <source>there is no key before “=”.</source>
      <translation>il n'y a pas de clé avant « = ».</translation>
    </message>
    <message>
      <source>unknown key “%1” in [%2].</source>
      <translation>clé inconnue « %1 » dans [%2].</translation>
    </message>
    <message>
      <source>unknown section “%1”; a wg-quick file has [Interface] and [Peer] sections.</source>
      <translation>section inconnue « %1 » ; un fichier wg-quick contient des sections [Interface] et [Peer].</translation>
    </message>
    <message>
      <source>“%1” is neither a section header such as [Peer] nor of the form Key = Value.</source>
      <translation>« %1 » n'est ni un en-tête de section comme [Peer] ni de la forme Clé = Valeur.</translation>
    </message>
  </context>
  <context>
    <name>WireGuardBackend</name>
    <message>
      <source> (and %1 allowed IPs of the next)</source>
      <translation> (et %1 IP autorisées du pair suivant)</translation>
    </message>
    <message>
      <source>, and the interface's own settings</source>
      <translation>, ainsi que les paramètres propres à l'interface</translation>
    </message>
    <message>
      <source>Applied all %1 peer changes to %2.</source>
      <translation>Les %1 modifications de pairs ont toutes été appliquées à %2.</translation>
    </message>
    <message>
      <source>Applied before the failure: %1 of %2 peer changes%3%4.</source>
      <translation>Appliqué avant l'échec : %1 modifications de pairs sur %2%3%4.</translation>
    </message>
    <message>
      <source>Interface name: it is empty; give 1 to 15 characters.</source>
      <translation>Nom de l'interface : il est vide ; indiquez de 1 à 15 caractères.</translation>
    </message>
    <message>
      <source>Interface name: “%1” contains “%2”; only letters, digits and _ = + . - are allowed.</source>
      <translation>Nom de l'interface : « %1 » contient « %2 » ; seuls les lettres, les chiffres et _ = + . - sont autorisés.</translation>
    </message>
    <message>
      <source>Interface name: “%1” is %2 characters long; Linux allows at most 15.</source>
      <translation>Nom de l'interface : « %1 » compte %2 caractères ; Linux en autorise 15 au maximum.</translation>
    </message>
    <message>
      <source>Interface name: “%1” is reserved.</source>
      <translation>Nom de l'interface : « %1 » est réservé.</translation>
    </message>
    <message>
      <source>Nothing was applied.</source>
      <translation>Rien n'a été appliqué.</translation>
    </message>
    <message>
      <source>The refused request held the next %1 peer changes: WireGuard applies them in order up to the one it refuses, so the ones before it are in effect. Nothing after that request was sent.</source>
      <translation>La requête refusée contenait les %1 modifications de pairs suivantes : WireGuard les applique dans l'ordre jusqu'à celle qu'il refuse, si bien que celles qui la précèdent sont en vigueur. Rien n'a été envoyé après cette requête.</translation>
    </message>
  </context>
  <context>
    <name>WireGuardTypes</name>
    <message>
      <source>The address is empty.</source>
      <translation>L'adresse est vide.</translation>
    </message>
    <message>
      <source>The endpoint “%1” is not of the form [IPv6]:port.</source>
      <translation>Le point de terminaison « %1 » n'est pas de la forme [IPv6]:port.</translation>
    </message>
    <message>
      <source>The endpoint “%1” is not of the form host:port or [IPv6]:port.</source>
      <translation>Le point de terminaison « %1 » n'est pas de la forme hôte:port ou [IPv6]:port.</translation>
    </message>
    <message>
      <source>The endpoint's host “%1” is not a numeric IP address.</source>
      <translation>L'hôte « %1 » du point de terminaison n'est pas une adresse IP numérique.</translation>
    </message>
    <message>
      <source>The endpoint's port “%1” is not a number from 1 to 65535.</source>
      <translation>Le port « %1 » du point de terminaison n'est pas un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
      <source>The endpoint's scope “%1” is not a known interface.</source>
      <translation>La portée « %1 » du point de terminaison n'est pas une interface connue.</translation>
    </message>
    <message>
      <source>The key contains “%1”, which is not a base64 character.</source>
      <translation>La clé contient « %1 », qui n'est pas un caractère base64.</translation>
    </message>
    <message>
      <source>The key is %1 characters long; a WireGuard key is 44 characters of base64 ending in one “=”.</source>
      <translation>La clé compte %1 caractères ; une clé WireGuard compte 44 caractères base64 et se termine par un seul « = ».</translation>
    </message>
    <message>
      <source>The key is empty.</source>
      <translation>La clé est vide.</translation>
    </message>
    <message>
      <source>The key is not 64 hexadecimal digits.</source>
      <translation>La clé n'est pas composée de 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
      <source>The key is not valid base64.</source>
      <translation>La clé n'est pas du base64 valide.</translation>
    </message>
    <message>
      <source>The prefix length “%1” is not a number from 0 to %2.</source>
      <translation>La longueur de préfixe « %1 » n'est pas un nombre compris entre 0 et %2.</translation>
    </message>
    <message>
      <source>“%1” is not an IPv4 or IPv6 address.</source>
      <translation>« %1 » n'est pas une adresse IPv4 ou IPv6.</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Manage this machine's WireGuard interfaces and peers.</source>
      <translation>Gérez les interfaces et les pairs WireGuard de cette machine.</translation>
    </message>
    <message>
      <source>The database (default: %1).</source>
      <translation>La base de données (par défaut : %1).</translation>
    </message>
    <message>
      <source>WireGuard backend: auto, kernel or userspace.</source>
      <translation>Moteur WireGuard : auto, kernel ou userspace.</translation>
    </message>
    <message>
      <source>another WG Desk (PID %1)</source>
      <translation>une autre instance de WG Desk (PID %1)</translation>
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
      <translation>Application des pairs à WireGuard</translation>
    </message>
    <message>
      <source>File: %1 cannot be read: %2.</source>
      <translation>Fichier : %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
      <source>File: %1: %2</source>
      <translation>Fichier : %1 : %2</translation>
    </message>
    <message>
      <source>Storing peers</source>
      <translation>Enregistrement des pairs</translation>
    </message>
    <message>
      <source>WG Desk has no WireGuard backend.</source>
      <translation>WG Desk n'a aucun moteur WireGuard.</translation>
    </message>
    <message>
      <source>WG Desk has no record of this peer, so it has no configuration to give.</source>
      <translation>WG Desk n'a aucun enregistrement de ce pair ; il n'a donc aucune configuration à fournir.</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::models::DeliveriesModel</name>
    <message>
      <source>%1 %2</source>
      <comment>webhook event: entity, then what happened</comment>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Tentatives</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Livré</translation>
    </message>
    <message>
      <source>Delivered %1.</source>
      <translation>Livré le %1.</translation>
    </message>
    <message>
      <source>Delivery ID: %1</source>
      <translation>ID de livraison : %1</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>En échec</translation>
    </message>
    <message numerus="yes">
      <source>Given up %1 after %n attempt(s).</source>
      <translation>
        <numerusform>Abandonné le %1 après %n tentative.</numerusform>
        <numerusform>Abandonné le %1 après %n tentatives.</numerusform>
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
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Last attempt: %1</source>
      <translation>Dernière tentative : %1</translation>
    </message>
    <message>
      <source>Last result</source>
      <translation>Dernier résultat</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>Prochaine tentative</translation>
    </message>
    <message numerus="yes">
      <source>Not delivered yet after %n attempt(s).</source>
      <translation>
        <numerusform>Pas encore livré après %n tentative.</numerusform>
        <numerusform>Pas encore livré après %n tentatives.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet.</source>
      <translation>Pas encore envoyé.</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>connect</source>
      <translation>connexion</translation>
    </message>
    <message>
      <source>create</source>
      <translation>création</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>suppression</translation>
    </message>
    <message>
      <source>disconnect</source>
      <translation>déconnexion</translation>
    </message>
    <message>
      <source>interface</source>
      <translation>interface</translation>
    </message>
    <message>
      <source>peer</source>
      <translation>pair</translation>
    </message>
    <message>
      <source>update</source>
      <translation>modification</translation>
    </message>
    <message>
      <source>user</source>
      <translation>utilisateur</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::models::InterfacesModel</name>
    <message>
      <source>(no private key)</source>
      <translation>(pas de clé privée)</translation>
    </message>
    <message>
      <source>Addresses</source>
      <translation>Adresses</translation>
    </message>
    <message>
      <source>Backend</source>
      <translation>Moteur</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Differs from the records</source>
      <translation>Diffère des enregistrements</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Désactivée</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Inactive</translation>
    </message>
    <message>
      <source>Drift</source>
      <translation>Écart</translation>
    </message>
    <message>
      <source>In sync</source>
      <translation>Synchronisée</translation>
    </message>
    <message>
      <source>Interface</source>
      <translation>Interface</translation>
    </message>
    <message>
      <source>Listen port</source>
      <translation>Port d'écoute</translation>
    </message>
    <message>
      <source>MTU</source>
      <translation>MTU</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Absente</translation>
    </message>
    <message>
      <source>Not managed by WG Desk</source>
      <translation>Non gérée par WG Desk</translation>
    </message>
    <message>
      <source>Not running</source>
      <translation>Non démarrée</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>Pairs</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Clé publique</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>random</source>
      <translation>aléatoire</translation>
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
        <numerusform>il y a %n jour</numerusform>
        <numerusform>il y a %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n h ago</source>
      <translation>
        <numerusform>il y a %n h</numerusform>
        <numerusform>il y a %n h</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min ago</source>
      <translation>
        <numerusform>il y a %n min</numerusform>
        <numerusform>il y a %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n s ago</source>
      <translation>
        <numerusform>il y a %n s</numerusform>
        <numerusform>il y a %n s</numerusform>
      </translation>
    </message>
    <message>
      <source>Allowed IPs</source>
      <translation>IP autorisées</translation>
    </message>
    <message>
      <source>Answers ping checks.</source>
      <translation>Répond aux vérifications par ping.</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>Connecté</translation>
    </message>
    <message>
      <source>Connected since %1</source>
      <translation>Connecté depuis le %1</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <source>Disabled: kept in the records, not in the kernel.</source>
      <translation>Désactivé : conservé dans les enregistrements, pas dans le noyau.</translation>
    </message>
    <message>
      <source>Endpoint</source>
      <translation>Point de terminaison</translation>
    </message>
    <message>
      <source>Last answered ping: %1</source>
      <translation>Dernière réponse au ping : %1</translation>
    </message>
    <message>
      <source>Last session started %1</source>
      <translation>Dernière session commencée le %1</translation>
    </message>
    <message>
      <source>Latest handshake</source>
      <translation>Dernière poignée de main</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <source>Not in WG Desk's records: added outside WG Desk.</source>
      <translation>Absent des enregistrements de WG Desk : ajouté en dehors de WG Desk.</translation>
    </message>
    <message>
      <source>Not running: the kernel does not have this peer.</source>
      <translation>Non démarré : le noyau n'a pas ce pair.</translation>
    </message>
    <message>
      <source>Owner: %1</source>
      <translation>Propriétaire : %1</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Clé publique</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <source>Receiving</source>
      <translation>Réception</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Envoi</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>never</source>
      <translation>jamais</translation>
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
      <translation>Créé le %1</translation>
    </message>
    <message>
      <source>Created %1 by %2</source>
      <translation>Créé le %1 par %2</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <source>Disabled since %1.</source>
      <translation>Désactivé depuis le %1.</translation>
    </message>
    <message>
      <source>Disabled since %1: %2</source>
      <translation>Désactivé depuis le %1 : %2</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>Activé</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>Pairs</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <source>Updated %1</source>
      <translation>Modifié le %1</translation>
    </message>
    <message>
      <source>Updated %1 by %2</source>
      <translation>Modifié le %1 par %2</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::ClientConfigDialog</name>
    <message>
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Client configuration</source>
      <translation>Configuration client</translation>
    </message>
    <message>
      <source>Configuration Not Saved</source>
      <translation>Configuration non enregistrée</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copié</translation>
    </message>
    <message>
      <source>Copies the configuration, private key included, to the clipboard.</source>
      <translation>Copie la configuration, clé privée comprise, dans le presse-papiers.</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Could not save the client configuration to %1: %2. Choose a folder you can write to and try again.</source>
      <translation>Impossible d'enregistrer la configuration client dans %1 : %2. Choisissez un dossier dans lequel vous pouvez écrire et réessayez.</translation>
    </message>
    <message>
      <source>QR code of the client configuration</source>
      <translation>QR code de la configuration client</translation>
    </message>
    <message>
      <source>Save As…</source>
      <translation>Enregistrer sous…</translation>
    </message>
    <message>
      <source>Save Client Configuration</source>
      <translation>Enregistrer la configuration client</translation>
    </message>
    <message>
      <source>Scan this with the WireGuard app on the peer's device.</source>
      <translation>Scannez-le avec l'application WireGuard sur l'appareil du pair.</translation>
    </message>
    <message>
      <source>This configuration contains the peer's private key. Give it only to the peer's owner.</source>
      <translation>Cette configuration contient la clé privée du pair. Ne la donnez qu'au propriétaire du pair.</translation>
    </message>
    <message>
      <source>This configuration is too long for a QR code. Save it as a file or copy it instead.</source>
      <translation>Cette configuration est trop longue pour un QR code. Enregistrez-la dans un fichier ou copiez-la plutôt.</translation>
    </message>
    <message>
      <source>WireGuard configuration (*.conf)</source>
      <translation>Configuration WireGuard (*.conf)</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::EditDialog</name>
    <message>
      <source>44 characters of base64</source>
      <translation>44 caractères en base64</translation>
    </message>
    <message>
      <source>Hide the key</source>
      <translation>Masquer la clé</translation>
    </message>
    <message>
      <source>Show the key</source>
      <translation>Afficher la clé</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::InterfaceDialog</name>
    <message>
      <source>&amp;Addresses:</source>
      <translation>&amp;Adresses :</translation>
    </message>
    <message>
      <source>&amp;Bring the interface up</source>
      <translation>Acti&amp;ver l'interface</translation>
    </message>
    <message>
      <source>&amp;Create</source>
      <translation>&amp;Créer</translation>
    </message>
    <message>
      <source>&amp;Display name:</source>
      <translation>Nom d'a&amp;ffichage :</translation>
    </message>
    <message>
      <source>&amp;External endpoint:</source>
      <translation>Point de terminaison e&amp;xterne :</translation>
    </message>
    <message>
      <source>&amp;Firewall mark:</source>
      <translation>&amp;Marque de pare-feu :</translation>
    </message>
    <message>
      <source>&amp;Generate</source>
      <translation>&amp;Générer</translation>
    </message>
    <message>
      <source>&amp;Listen port:</source>
      <translation>&amp;Port d'écoute :</translation>
    </message>
    <message>
      <source>&amp;MTU:</source>
      <translation>M&amp;TU :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Private key:</source>
      <translation>Clé p&amp;rivée :</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
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
      <translation>Un nombre, décimal ou hexadécimal avec 0x, par ex. 0xca6c</translation>
    </message>
    <message>
      <source>An interface cannot be renamed</source>
      <translation>Une interface ne peut pas être renommée</translation>
    </message>
    <message>
      <source>DN&amp;S servers:</source>
      <translation>&amp;Serveurs DNS :</translation>
    </message>
    <message>
      <source>DNS servers and search domains for wg-quick, separated by commas</source>
      <translation>Serveurs DNS et domaines de recherche pour wg-quick, séparés par des virgules</translation>
    </message>
    <message>
      <source>Edit Interface %1</source>
      <translation>Modifier l'interface %1</translation>
    </message>
    <message>
      <source>Firewall mark: “%1” is not a number from 0 to 4294967295 (decimal, or hexadecimal with 0x).</source>
      <translation>Marque de pare-feu : « %1 » n'est pas un nombre compris entre 0 et 4294967295 (décimal, ou hexadécimal avec 0x).</translation>
    </message>
    <message>
      <source>Follows from the private key</source>
      <translation>Découle de la clé privée</translation>
    </message>
    <message>
      <source>Give this key to the peers of this interface</source>
      <translation>Donnez cette clé aux pairs de cette interface</translation>
    </message>
    <message>
      <source>New Interface</source>
      <translation>Nouvelle interface</translation>
    </message>
    <message>
      <source>Optional, e.g. Office gateway</source>
      <translation>Facultatif, par ex. Passerelle du bureau</translation>
    </message>
    <message>
      <source>P&amp;ublic key:</source>
      <translation>Clé p&amp;ublique :</translation>
    </message>
    <message>
      <source>Private key: it is empty; paste the interface's key or press Generate.</source>
      <translation>Clé privée : le champ est vide ; collez la clé de l'interface ou cliquez sur Générer.</translation>
    </message>
    <message>
      <source>Replace the private key with a new random one</source>
      <translation>Remplacer la clé privée par une nouvelle clé aléatoire</translation>
    </message>
    <message>
      <source>The Linux interface name: 1 to 15 letters, digits or _ = + . -</source>
      <translation>Le nom de l'interface Linux : 1 à 15 lettres, chiffres ou _ = + . -</translation>
    </message>
    <message>
      <source>The UDP port peers connect to; 0 lets the kernel choose</source>
      <translation>Le port UDP auquel les pairs se connectent ; 0 laisse le noyau choisir</translation>
    </message>
    <message>
      <source>The host:port peers use to reach this interface; needed for client configurations</source>
      <translation>L'hôte:port que les pairs utilisent pour joindre cette interface ; nécessaire pour les configurations client</translation>
    </message>
    <message>
      <source>This host's addresses on the tunnel, with prefix length, separated by commas</source>
      <translation>Les adresses de cet hôte dans le tunnel, avec la longueur de préfixe, séparées par des virgules</translation>
    </message>
    <message>
      <source>default</source>
      <translation>par défaut</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>random</source>
      <translation>aléatoire</translation>
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
      <translation>Langue du système</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::MainWindow</name>
    <message>
      <source>%1 could not be written: %2.</source>
      <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
    <message>
      <source>%1 is down.</source>
      <translation>%1 est inactive.</translation>
    </message>
    <message>
      <source>%1 is up.</source>
      <translation>%1 est active.</translation>
    </message>
    <message numerus="yes">
      <source>%1 owns %n peer(s). Who should own them?</source>
      <translation>
        <numerusform>%1 possède %n pair. À qui doit-il appartenir ?</numerusform>
        <numerusform>%1 possède %n pairs. À qui doivent-ils appartenir ?</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: %2 of %3</source>
      <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
      <source>&amp;About WG Desk</source>
      <translation>À &amp;propos de WG Desk</translation>
    </message>
    <message>
      <source>&amp;Add Peer…</source>
      <translation>&amp;Ajouter un pair…</translation>
    </message>
    <message>
      <source>&amp;Add User…</source>
      <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
      <source>&amp;Adopt Running Configuration</source>
      <translation>A&amp;dopter la configuration en cours</translation>
    </message>
    <message>
      <source>&amp;Delete Interface…</source>
      <translation>&amp;Supprimer l'interface…</translation>
    </message>
    <message>
      <source>&amp;Delete User…</source>
      <translation>&amp;Supprimer l'utilisateur…</translation>
    </message>
    <message>
      <source>&amp;Edit Interface…</source>
      <translation>&amp;Modifier l'interface…</translation>
    </message>
    <message>
      <source>&amp;Edit Peer…</source>
      <translation>&amp;Modifier le pair…</translation>
    </message>
    <message>
      <source>&amp;Edit User…</source>
      <translation>&amp;Modifier l'utilisateur…</translation>
    </message>
    <message>
      <source>&amp;Export .conf…</source>
      <translation>&amp;Exporter en .conf…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <source>&amp;Import .conf…</source>
      <translation>&amp;Importer un .conf…</translation>
    </message>
    <message>
      <source>&amp;Interface</source>
      <translation>&amp;Interface</translation>
    </message>
    <message>
      <source>&amp;New Interface…</source>
      <translation>&amp;Nouvelle interface…</translation>
    </message>
    <message>
      <source>&amp;Peer</source>
      <translation>&amp;Pair</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <source>&amp;Remove Peer…</source>
      <translation>&amp;Retirer le pair…</translation>
    </message>
    <message>
      <source>&amp;Restore Recorded Configuration</source>
      <translation>&amp;Restaurer la configuration enregistrée</translation>
    </message>
    <message>
      <source>&amp;Retry Delivery</source>
      <translation>&amp;Réessayer la livraison</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <source>&amp;User</source>
      <translation>&amp;Utilisateur</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Webhooks</source>
      <translation>&amp;Webhooks</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(personne)</translation>
    </message>
    <message>
      <source>&lt;h3&gt;WG Desk %1&lt;/h3&gt;&lt;p&gt;Manage this machine's WireGuard interfaces and peers, watch who is connected, and send every change as a webhook.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;WG Desk %1&lt;/h3&gt;&lt;p&gt;Gérez les interfaces et les pairs WireGuard de cette machine, voyez qui est connecté et envoyez chaque modification sous forme de webhook.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About WG Desk</source>
      <translation>À propos de WG Desk</translation>
    </message>
    <message>
      <source>Add a peer to the selected interface</source>
      <translation>Ajouter un pair à l'interface sélectionnée</translation>
    </message>
    <message>
      <source>Added peer %1.</source>
      <translation>Pair %1 ajouté.</translation>
    </message>
    <message>
      <source>Added user %1.</source>
      <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
      <source>Adopt</source>
      <translation>Adopter</translation>
    </message>
    <message>
      <source>Adopt Running Configuration</source>
      <translation>Adopter la configuration en cours</translation>
    </message>
    <message>
      <source>Adopted %1.</source>
      <translation>%1 adoptée.</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>Tous les événements</translation>
    </message>
    <message>
      <source>Backend: %1</source>
      <translation>Moteur : %1</translation>
    </message>
    <message>
      <source>Bring &amp;Up</source>
      <translation>&amp;Activer</translation>
    </message>
    <message>
      <source>Bring the selected interface up</source>
      <translation>Activer l'interface sélectionnée</translation>
    </message>
    <message>
      <source>Client &amp;Configuration and QR Code…</source>
      <translation>&amp;Configuration client et QR code…</translation>
    </message>
    <message>
      <source>Client Configuration</source>
      <translation>Configuration client</translation>
    </message>
    <message>
      <source>Configuration for %1</source>
      <translation>Configuration de %1</translation>
    </message>
    <message>
      <source>Connected only</source>
      <translation>Connectés uniquement</translation>
    </message>
    <message>
      <source>Create a WireGuard interface</source>
      <translation>Créer une interface WireGuard</translation>
    </message>
    <message>
      <source>Created interface %1.</source>
      <translation>Interface %1 créée.</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>Supprimer %1</translation>
    </message>
    <message>
      <source>Delete Interface</source>
      <translation>Supprimer l'interface</translation>
    </message>
    <message>
      <source>Delete User</source>
      <translation>Supprimer l'utilisateur</translation>
    </message>
    <message>
      <source>Delete the interface %1 and all its peers? It is taken down and removed from WG Desk's records; this cannot be undone.</source>
      <translation>Supprimer l'interface %1 et tous ses pairs ? Elle sera désactivée et retirée des enregistrements de WG Desk ; cette action est irréversible.</translation>
    </message>
    <message>
      <source>Delete the user %1?</source>
      <translation>Supprimer l'utilisateur %1 ?</translation>
    </message>
    <message>
      <source>Deleted interface %1.</source>
      <translation>Interface %1 supprimée.</translation>
    </message>
    <message>
      <source>Deleted user %1.</source>
      <translation>Utilisateur %1 supprimé.</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Livrés</translation>
    </message>
    <message>
      <source>Disabled the peer.</source>
      <translation>Pair désactivé.</translation>
    </message>
    <message>
      <source>Ena&amp;ble or Disable Peer</source>
      <translation>Acti&amp;ver ou désactiver le pair</translation>
    </message>
    <message>
      <source>Enabled the peer.</source>
      <translation>Pair activé.</translation>
    </message>
    <message>
      <source>Event %1 is queued for another attempt.</source>
      <translation>L'événement %1 est en file d'attente pour une nouvelle tentative.</translation>
    </message>
    <message>
      <source>Export %1</source>
      <translation>Exporter %1</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>En échec</translation>
    </message>
    <message>
      <source>Failed events are queued for another attempt.</source>
      <translation>Les événements en échec sont en file d'attente pour une nouvelle tentative.</translation>
    </message>
    <message>
      <source>Filter peers by name, key, endpoint or IP</source>
      <translation>Filtrer les pairs par nom, clé, point de terminaison ou IP</translation>
    </message>
    <message>
      <source>Filter users</source>
      <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
      <source>Import a wg-quick Configuration</source>
      <translation>Importer une configuration wg-quick</translation>
    </message>
    <message>
      <source>Import a wg-quick configuration file</source>
      <translation>Importer un fichier de configuration wg-quick</translation>
    </message>
    <message>
      <source>Imported %1.</source>
      <translation>%1 importée.</translation>
    </message>
    <message>
      <source>Importing %1</source>
      <translation>Importation de %1</translation>
    </message>
    <message>
      <source>Interface traffic</source>
      <translation>Trafic de l'interface</translation>
    </message>
    <message>
      <source>Interfaces and Peers</source>
      <translation>Interfaces et pairs</translation>
    </message>
    <message>
      <source>Last error (%1): %2</source>
      <translation>Dernière erreur (%1) : %2</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Barre d'outils principale</translation>
    </message>
    <message>
      <source>Make %1 run exactly as WG Desk recorded it? Peers added outside WG Desk are removed from the running interface.</source>
      <translation>Faire fonctionner %1 exactement comme WG Desk l'a enregistrée ? Les pairs ajoutés en dehors de WG Desk seront retirés de l'interface en cours d'exécution.</translation>
    </message>
    <message>
      <source>Make what runs equal to WG Desk's records</source>
      <translation>Aligner ce qui s'exécute sur les enregistrements de WG Desk</translation>
    </message>
    <message>
      <source>No WireGuard backend</source>
      <translation>Aucun moteur WireGuard</translation>
    </message>
    <message>
      <source>Nothing to change on interface %1.</source>
      <translation>Rien à modifier sur l'interface %1.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Rien à modifier.</translation>
    </message>
    <message>
      <source>Peers connected: %1 of %2</source>
      <translation>Pairs connectés : %1 sur %2</translation>
    </message>
    <message>
      <source>Peers of %1</source>
      <translation>Pairs de %1</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Remove Peer</source>
      <translation>Retirer le pair</translation>
    </message>
    <message>
      <source>Remove the peer %1 from %2? Its key is forgotten; this cannot be undone.</source>
      <translation>Retirer le pair %1 de %2 ? Sa clé sera oubliée ; cette action est irréversible.</translation>
    </message>
    <message>
      <source>Removed peer %1.</source>
      <translation>Pair %1 retiré.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>Restore Recorded Configuration</source>
      <translation>Restaurer la configuration enregistrée</translation>
    </message>
    <message>
      <source>Restored %1.</source>
      <translation>%1 restaurée.</translation>
    </message>
    <message>
      <source>Retry All &amp;Failed</source>
      <translation>Réessayer tous les é&amp;checs</translation>
    </message>
    <message>
      <source>Save the selected interface as a wg-quick configuration file</source>
      <translation>Enregistrer l'interface sélectionnée comme fichier de configuration wg-quick</translation>
    </message>
    <message>
      <source>Saved %1.</source>
      <translation>%1 enregistré.</translation>
    </message>
    <message>
      <source>Select an interface to see its peers.</source>
      <translation>Sélectionnez une interface pour voir ses pairs.</translation>
    </message>
    <message>
      <source>Selected peer's traffic</source>
      <translation>Trafic du pair sélectionné</translation>
    </message>
    <message>
      <source>Send every failed webhook event again</source>
      <translation>Renvoyer tous les événements de webhook en échec</translation>
    </message>
    <message>
      <source>Send the selected webhook event again</source>
      <translation>Renvoyer l'événement de webhook sélectionné</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
      <source>Show the configuration for the peer's device</source>
      <translation>Afficher la configuration pour l'appareil du pair</translation>
    </message>
    <message>
      <source>Take &amp;Down</source>
      <translation>Désa&amp;ctiver</translation>
    </message>
    <message>
      <source>Take the selected interface down</source>
      <translation>Désactiver l'interface sélectionnée</translation>
    </message>
    <message>
      <source>Take what runs into WG Desk's records</source>
      <translation>Reprendre ce qui s'exécute dans les enregistrements de WG Desk</translation>
    </message>
    <message>
      <source>Take what runs on %1 into WG Desk's records? Recorded settings that differ are replaced by the running ones.</source>
      <translation>Reprendre ce qui s'exécute sur %1 dans les enregistrements de WG Desk ? Les paramètres enregistrés qui diffèrent seront remplacés par ceux en cours d'exécution.</translation>
    </message>
    <message>
      <source>To manage WireGuard without running WG Desk as root, grant it the capability once: sudo setcap cap_net_admin+ep %1</source>
      <translation>Pour gérer WireGuard sans exécuter WG Desk en root, accordez-lui une fois la capacité : sudo setcap cap_net_admin+ep %1</translation>
    </message>
    <message>
      <source>Updated interface %1.</source>
      <translation>Interface %1 modifiée.</translation>
    </message>
    <message>
      <source>Updated the peer.</source>
      <translation>Pair modifié.</translation>
    </message>
    <message>
      <source>Updated user %1.</source>
      <translation>Utilisateur %1 modifié.</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <source>WG Desk</source>
      <translation>WG Desk</translation>
    </message>
    <message>
      <source>WG Desk has no record of %1: adopt it first.</source>
      <translation>WG Desk n'a aucun enregistrement de %1 : adoptez-la d'abord.</translation>
    </message>
    <message>
      <source>WG Desk has no record of this peer: adopt the interface's running configuration to manage it.</source>
      <translation>WG Desk n'a aucun enregistrement de ce pair : adoptez la configuration en cours de l'interface pour le gérer.</translation>
    </message>
    <message>
      <source>WG Desk shows the stored configuration read-only: %1</source>
      <translation>WG Desk affiche la configuration enregistrée en lecture seule : %1</translation>
    </message>
    <message>
      <source>Webhook Deliveries</source>
      <translation>Livraisons des webhooks</translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n failed</source>
      <translation>
        <numerusform>Webhooks : %n en échec</numerusform>
        <numerusform>Webhooks : %n en échec</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n pending</source>
      <translation>
        <numerusform>Webhooks : %n en attente</numerusform>
        <numerusform>Webhooks : %n en attente</numerusform>
      </translation>
    </message>
    <message>
      <source>Webhooks: all delivered</source>
      <translation>Webhooks : tous livrés</translation>
    </message>
    <message>
      <source>Webhooks: delivered by %1</source>
      <translation>Webhooks : livrés par %1</translation>
    </message>
    <message>
      <source>Webhooks: off</source>
      <translation>Webhooks : désactivés</translation>
    </message>
    <message>
      <source>WireGuard configurations (*.conf)</source>
      <translation>Configurations WireGuard (*.conf)</translation>
    </message>
    <message>
      <source>WireGuard configurations (*.conf);;All files (*)</source>
      <translation>Configurations WireGuard (*.conf);;Tous les fichiers (*)</translation>
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
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <source>&amp;Display name:</source>
      <translation>Nom d'a&amp;ffichage :</translation>
    </message>
    <message>
      <source>&amp;Endpoint:</source>
      <translation>&amp;Point de terminaison :</translation>
    </message>
    <message>
      <source>&amp;Generate</source>
      <translation>&amp;Générer</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>Pr&amp;opriétaire :</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(personne)</translation>
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
      <translation>Un pair désactivé est conservé ici mais retiré de l'interface</translation>
    </message>
    <message>
      <source>A peer's key cannot be changed; remove the peer and add it again to use another key</source>
      <translation>La clé d'un pair ne peut pas être modifiée ; retirez le pair et ajoutez-le de nouveau pour utiliser une autre clé</translation>
    </message>
    <message>
      <source>Add&amp;resses:</source>
      <translation>A&amp;dresses :</translation>
    </message>
    <message>
      <source>Allowed &amp;IPs:</source>
      <translation>&amp;IP autorisées :</translation>
    </message>
    <message>
      <source>C&amp;heck address:</source>
      <translation>Adresse de &amp;vérification :</translation>
    </message>
    <message>
      <source>C&amp;lear</source>
      <translation>Effa&amp;cer</translation>
    </message>
    <message>
      <source>Edit Peer %1</source>
      <translation>Modifier le pair %1</translation>
    </message>
    <message>
      <source>Ena&amp;bled</source>
      <translation>Ac&amp;tivé</translation>
    </message>
    <message>
      <source>Generate a key &amp;pair (WG Desk can then give the peer its configuration)</source>
      <translation>Générer une paire de c&amp;lés (WG Desk pourra alors fournir sa configuration au pair)</translation>
    </message>
    <message>
      <source>Keys:</source>
      <translation>Clés :</translation>
    </message>
    <message>
      <source>New Peer of %1</source>
      <translation>Nouveau pair de %1</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <source>None: the peer connects to this host</source>
      <translation>Aucun : le pair se connecte à cet hôte</translation>
    </message>
    <message>
      <source>Optional: a second, symmetric key both sides share</source>
      <translation>Facultatif : une seconde clé, symétrique, partagée par les deux côtés</translation>
    </message>
    <message>
      <source>P&amp;ublic key:</source>
      <translation>Clé p&amp;ublique :</translation>
    </message>
    <message>
      <source>Persistent keepali&amp;ve:</source>
      <translation>&amp;Keepalive persistant :</translation>
    </message>
    <message>
      <source>Pre&amp;shared key:</source>
      <translation>Clé p&amp;ré-partagée :</translation>
    </message>
    <message>
      <source>Send a keepalive this often, for peers behind NAT; 25 seconds is usual</source>
      <translation>Envoyer un keepalive à cet intervalle, pour les pairs derrière un NAT ; 25 secondes est la valeur habituelle</translation>
    </message>
    <message>
      <source>The address pinged to check that the peer is reachable</source>
      <translation>L'adresse pingée pour vérifier que le pair est joignable</translation>
    </message>
    <message>
      <source>The first tunnel address</source>
      <translation>La première adresse du tunnel</translation>
    </message>
    <message>
      <source>The networks routed to this peer, separated by commas; host bits must be zero</source>
      <translation>Les réseaux routés vers ce pair, séparés par des virgules ; les bits d'hôte doivent être à zéro</translation>
    </message>
    <message>
      <source>The peer's own addresses on the tunnel, written into its configuration</source>
      <translation>Les adresses du pair lui-même dans le tunnel, écrites dans sa configuration</translation>
    </message>
    <message>
      <source>The public key of the key pair WG Desk generated</source>
      <translation>La clé publique de la paire de clés générée par WG Desk</translation>
    </message>
    <message>
      <source>The public key of the peer's device (wg pubkey)</source>
      <translation>La clé publique de l'appareil du pair (wg pubkey)</translation>
    </message>
    <message>
      <source>Use the peer's public &amp;key</source>
      <translation>Utiliser la clé publi&amp;que du pair</translation>
    </message>
    <message>
      <source>e.g. Alice's laptop</source>
      <translation>par ex. Portable d'Alice</translation>
    </message>
    <message>
      <source>host:port or [IPv6]:port where this host reaches the peer</source>
      <translation>hôte:port ou [IPv6]:port où cet hôte joint le pair</translation>
    </message>
    <message>
      <source>off</source>
      <translation>désactivé</translation>
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
      <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
      <source>&amp;CA file:</source>
      <translation>Fichier &amp;CA :</translation>
    </message>
    <message>
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>&amp;Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;Poll interval:</source>
      <translation>&amp;Intervalle d'interrogation :</translation>
    </message>
    <message>
      <source>&amp;Secret:</source>
      <translation>Secr&amp;et :</translation>
    </message>
    <message>
      <source>&amp;Timeout:</source>
      <translation>&amp;Délai d'expiration :</translation>
    </message>
    <message>
      <source>&amp;URL:</source>
      <translation>&amp;URL :</translation>
    </message>
    <message>
      <source>A peer counts as connected while its latest handshake is younger than the threshold, or while it answers ping checks.</source>
      <translation>Un pair est considéré comme connecté tant que sa dernière poignée de main est plus récente que le seuil, ou tant qu'il répond aux vérifications par ping.</translation>
    </message>
    <message>
      <source>Check peers with &amp;ping</source>
      <translation>Vérifier les pairs par &amp;ping</translation>
    </message>
    <message>
      <source>Choose the CA certificate</source>
      <translation>Choisir le certificat de la CA</translation>
    </message>
    <message>
      <source>Connected &amp;threshold:</source>
      <translation>&amp;Seuil de connexion :</translation>
    </message>
    <message>
      <source>Delivered: the receiver answered HTTP %1.</source>
      <translation>Livré : le destinataire a répondu HTTP %1.</translation>
    </message>
    <message>
      <source>Desktop</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <source>Every change and every connect or disconnect is sent to this URL as a JSON POST. TLS certificates are always verified; a CA file adds a private CA.</source>
      <translation>Chaque modification et chaque connexion ou déconnexion est envoyée à cette URL sous forme de POST JSON. Les certificats TLS sont toujours vérifiés ; un fichier CA ajoute une CA privée.</translation>
    </message>
    <message>
      <source>Hide the secret</source>
      <translation>Masquer le secret</translation>
    </message>
    <message>
      <source>Live status</source>
      <translation>État en direct</translation>
    </message>
    <message>
      <source>Not delivered: %1</source>
      <translation>Non livré : %1</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Ping &amp;interval:</source>
      <translation>Intervalle de pin&amp;g :</translation>
    </message>
    <message>
      <source>Send test &amp;event</source>
      <translation>Envoyer un événemen&amp;t de test</translation>
    </message>
    <message>
      <source>Sending the test event…</source>
      <translation>Envoi de l'événement de test…</translation>
    </message>
    <message>
      <source>Sent as the Authorization header, e.g. “Bearer …”</source>
      <translation>Envoyé comme en-tête Authorization, par ex. « Bearer … »</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Show a desktop &amp;notice when a peer connects or disconnects</source>
      <translation>Afficher une &amp;notification de bureau quand un pair se connecte ou se déconnecte</translation>
    </message>
    <message>
      <source>Show an icon in the system &amp;tray</source>
      <translation>Afficher une icône dans la zone de notific&amp;ation</translation>
    </message>
    <message>
      <source>Show the secret</source>
      <translation>Afficher le secret</translation>
    </message>
    <message>
      <source>The system’s CAs only</source>
      <translation>Uniquement les CA du système</translation>
    </message>
    <message>
      <source>Webhooks</source>
      <translation>Webhooks</translation>
    </message>
    <message>
      <source>https://example.com/hooks/wireguard (empty: no webhooks)</source>
      <translation>https://example.com/hooks/wireguard (vide : aucun webhook)</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::TrafficGraph</name>
    <message>
      <source>%1 B/s</source>
      <translation>%1 o/s</translation>
    </message>
    <message>
      <source>%1 GiB/s</source>
      <translation>%1 Gio/s</translation>
    </message>
    <message>
      <source>%1 KiB/s</source>
      <translation>%1 Kio/s</translation>
    </message>
    <message>
      <source>%1 MiB/s</source>
      <translation>%1 Mio/s</translation>
    </message>
    <message>
      <source>%1 TiB/s</source>
      <translation>%1 Tio/s</translation>
    </message>
    <message>
      <source>%1 ago</source>
      <comment>how far back the graph's left edge is</comment>
      <translation>il y a %1</translation>
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
      <translation>Pas encore de données de trafic</translation>
    </message>
    <message>
      <source>Received %1</source>
      <translation>Reçu %1</translation>
    </message>
    <message>
      <source>Receiving %1 and sending %2 now; the highest rate in the last %3 was %4.</source>
      <translation>Réception de %1 et envoi de %2 en ce moment ; le débit le plus élevé sur les dernières %3 était de %4.</translation>
    </message>
    <message>
      <source>Sent %1</source>
      <translation>Envoyé %1</translation>
    </message>
    <message>
      <source>Traffic graph</source>
      <translation>Graphique du trafic</translation>
    </message>
    <message>
      <source>now</source>
      <translation>maintenant</translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::TrayIcon</name>
    <message>
      <source>%1 connected</source>
      <translation>%1 connecté</translation>
    </message>
    <message>
      <source>%1 disconnected</source>
      <translation>%1 déconnecté</translation>
    </message>
    <message>
      <source>%1 is no longer connected on %2.</source>
      <translation>%1 n'est plus connecté sur %2.</translation>
    </message>
    <message>
      <source>%1 is now connected on %2.</source>
      <translation>%1 est maintenant connecté sur %2.</translation>
    </message>
    <message>
      <source>%1 up</source>
      <translation>%1 active</translation>
    </message>
    <message numerus="yes">
      <source>%1: %2 of %n peers connected</source>
      <translation>
        <numerusform>%1 : %2 sur %n pair connecté</numerusform>
        <numerusform>%1 : %2 sur %n pairs connectés</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: down</source>
      <translation>%1 : inactive</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Show WG Desk</source>
      <translation>&amp;Afficher WG Desk</translation>
    </message>
    <message>
      <source>A peer</source>
      <translation>Un pair</translation>
    </message>
    <message>
      <source>No WireGuard interfaces</source>
      <translation>Aucune interface WireGuard</translation>
    </message>
    <message>
      <source>Read-only: WG Desk lacks the CAP_NET_ADMIN permission that managing WireGuard needs.</source>
      <translation>Lecture seule : il manque à WG Desk la permission CAP_NET_ADMIN nécessaire pour gérer WireGuard.</translation>
    </message>
    <message>
      <source>WG Desk</source>
      <translation>WG Desk</translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n events could not be delivered</source>
      <translation>
        <numerusform>Webhooks : %n événement n'a pas pu être livré</numerusform>
        <numerusform>Webhooks : %n événements n'ont pas pu être livrés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Webhooks: %n events waiting; the last attempt failed: %1</source>
      <translation>
        <numerusform>Webhooks : %n événement en attente ; la dernière tentative a échoué : %1</numerusform>
        <numerusform>Webhooks : %n événements en attente ; la dernière tentative a échoué : %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>wgdesk::ui::UserDialog</name>
    <message>
      <source>&amp;Administrator</source>
      <translation>&amp;Administrateur</translation>
    </message>
    <message>
      <source>&amp;Create</source>
      <translation>&amp;Créer</translation>
    </message>
    <message>
      <source>&amp;Email:</source>
      <translation>E-&amp;mail :</translation>
    </message>
    <message>
      <source>&amp;First name:</source>
      <translation>&amp;Prénom :</translation>
    </message>
    <message>
      <source>&amp;Identifier:</source>
      <translation>&amp;Identifiant :</translation>
    </message>
    <message>
      <source>&amp;Last name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>N&amp;otes :</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Téléphone :</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Raison :</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>A disabled user keeps their peers on record</source>
      <translation>Un utilisateur désactivé conserve ses pairs dans les enregistrements</translation>
    </message>
    <message>
      <source>A user's identifier cannot be changed</source>
      <translation>L'identifiant d'un utilisateur ne peut pas être modifié</translation>
    </message>
    <message>
      <source>De&amp;partment:</source>
      <translation>&amp;Service :</translation>
    </message>
    <message>
      <source>Disa&amp;bled</source>
      <translation>&amp;Désactivé</translation>
    </message>
    <message>
      <source>Edit User %1</source>
      <translation>Modifier l'utilisateur %1</translation>
    </message>
    <message>
      <source>New User</source>
      <translation>Nouvel utilisateur</translation>
    </message>
    <message>
      <source>Up to 64 letters, digits and . _ @ + -; it cannot be changed later</source>
      <translation>Jusqu'à 64 lettres, chiffres et . _ @ + - ; il ne pourra pas être modifié ultérieurement</translation>
    </message>
    <message>
      <source>Why, for whoever reads this later</source>
      <translation>Pourquoi, pour la personne qui lira ceci plus tard</translation>
    </message>
    <message>
      <source>alice@example.com</source>
      <translation>alice@example.com</translation>
    </message>
    <message>
      <source>e.g. alice</source>
      <translation>ex. alice</translation>
    </message>
  </context>
</TS>
