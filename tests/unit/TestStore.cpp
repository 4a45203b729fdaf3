// The SQLite store on real files: every field round-trips, migrations and schema versions,
// file and directory permissions, transactions with the outbox, cascades, data_version, and
// real concurrent processes incrementing one counter without losing an update.
#include "Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <sys/stat.h>
#include <sys/types.h>

using namespace wgdesk::app;
using namespace Qt::StringLiterals;

namespace {

constexpr int workerProcesses = 4;
constexpr int incrementsEach = 200;
const char workerFlag[] = "--store-worker";

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return mode_t(-1);
    return st.st_mode & 07777;
}

// A query on a connection of its own, outside the Store.
QVariant rawValue(const QString &path, const QString &sql)
{
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool increment(Store &store, QString *error)
{
    return store.transaction(
        [&](QString *e) {
            QString readError;
            const std::optional<QString> value = store.setting(u"counter"_s, &readError);
            if (!readError.isEmpty()) {
                *e = readError;
                return false;
            }
            const int n = value.value_or(u"0"_s).toInt();
            // Some work between the read and the write, as a real edit has: it widens the window
            // in which a store without proper locking would lose an update or fail with
            // "database is locked".
            QThread::usleep(200);
            return store.setSetting(u"counter"_s, QString::number(n + 1), e);
        },
        error);
}

// The child process: open the store, say "ready", wait for "go" on stdin, increment.
int runWorker(const QString &path, int count)
{
    Store store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "worker: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    for (int i = 0; i < count; ++i) {
        if (!increment(store, &error)) {
            std::fprintf(stderr, "worker: increment %d: %s\n", i, qPrintable(error));
            return 1;
        }
    }
    return 0;
}

QDateTime at(int year, int month, int day, int h, int m, int s, int ms, int offsetSeconds)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s, ms),
                     QTimeZone(offsetSeconds));
}

User fullUser()
{
    User u;
    u.identifier = u"ana.lopez"_s;
    u.email = u"ana@example.org"_s;
    u.firstname = u"Ana \u00c9lise"_s;
    u.lastname = u"L\u00f3pez"_s;
    u.phone = u"+49 30 1234567"_s;
    u.department = u"Lab \"7\", 'west'"_s;
    u.notes = u"line one\nline two; DROP TABLE users; --"_s;
    u.isAdmin = true;
    u.disabled = at(2025, 6, 26, 23, 4, 33, 325, 7200);
    u.disabledReason = u"left the company"_s;
    u.createdAt = at(2024, 1, 2, 3, 4, 5, 6, 0);
    u.updatedAt = at(2025, 12, 31, 23, 59, 59, 999, -5 * 3600);
    u.createdBy = u"root"_s;
    u.updatedBy = u"admin"_s;
    return u;
}

Interface fullInterface()
{
    Interface i;
    i.identifier = u"wg0"_s;
    i.displayName = u"Office \u2014 gateway"_s;
    i.privateKey = u"yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk="_s;
    i.publicKey = u"HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw="_s;
    i.listenPort = 51820;
    i.addresses = {u"10.0.0.1/24"_s, u"fd00::1/64"_s};
    i.mtu = 1420;
    i.firewallMark = 0xfffffffeu;
    i.dns = {u"10.0.0.53"_s, u"corp.example"_s};
    i.table = u"1234"_s;
    i.preUp = {u"echo \"pre, up\" > /tmp/x"_s};
    i.postUp = {u"iptables -A FORWARD -i %i -j ACCEPT"_s, u"sysctl -w net.ipv4.ip_forward=1"_s};
    i.preDown = {u"logger down"_s};
    i.postDown = {u"iptables -D FORWARD -i %i -j ACCEPT"_s};
    i.saveConfig = true;
    i.externalEndpoint = u"vpn.example.org:51820"_s;
    i.disabled = at(2025, 3, 4, 5, 6, 7, 8, 3600);
    i.createdAt = at(2024, 2, 29, 12, 0, 0, 1, 0);
    i.updatedAt = at(2025, 6, 1, 0, 0, 0, 500, 19800);
    i.createdBy = u"root"_s;
    i.updatedBy = u"ana"_s;
    return i;
}

Peer fullPeer(const QString &publicKey = u"xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="_s)
{
    Peer p;
    p.interfaceIdentifier = u"wg0"_s;
    p.publicKey = publicKey;
    p.privateKey = u"oK56DE9Ue9zK76rAc8pBl6opph+1v36lm7cXXsQKrQM="_s;
    p.presharedKey = u"FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE="_s;
    p.displayName = u"Ana's laptop"_s;
    p.userIdentifier = u"ana.lopez"_s;
    p.endpoint = u"[2001:db8::1]:51820"_s;
    p.allowedIps = {u"10.0.0.2/32"_s, u"fd00::2/128"_s, u"192.168.7.0/24"_s};
    p.addresses = {u"10.0.0.2/24"_s, u"fd00::2/64"_s};
    p.persistentKeepalive = 25;
    p.checkAddress = u"10.0.0.2"_s;
    p.notes = u"\u00fcnicode \U0001F511 notes"_s;
    p.disabled = at(2025, 1, 1, 0, 0, 0, 1, 0);
    p.disabledReason = u"lost"_s;
    p.expiresAt = at(2026, 6, 30, 18, 30, 0, 250, 7200);
    p.createdAt = at(2024, 7, 7, 7, 7, 7, 7, 0);
    p.updatedAt = at(2025, 8, 8, 8, 8, 8, 8, 0);
    p.createdBy = u"root"_s;
    p.updatedBy = u"ana"_s;
    return p;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dbPath(const QString &name = u"wgdesk.db"_s) const { return m_dir->filePath(name); }

    void openOrFail(Store &store, const QString &path)
    {
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        // On tmpfs when there is one: the store commits with synchronous=FULL, and an fsync per
        // commit on a real disk would make the 1000 commits of the concurrency test take seconds
        // without testing anything more (locking works the same on tmpfs).
        const QFileInfo shm(u"/dev/shm"_s);
        const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
        m_dir = std::make_unique<QTemporaryDir>(base + u"/wgdesk-TestStore-XXXXXX"_s);
        QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    }

    void defaultPath()
    {
        const QByteArray oldDb = qgetenv("WGDESK_DB");
        const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
        qputenv("WGDESK_DB", "/somewhere/else.db");
        QCOMPARE(Store::defaultPath(), u"/somewhere/else.db"_s);
        qunsetenv("WGDESK_DB");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->path()));
        QCOMPARE(Store::defaultPath(), m_dir->path() + u"/wgdesk/wgdesk.db"_s);
        if (oldDb.isNull())
            qunsetenv("WGDESK_DB");
        else
            qputenv("WGDESK_DB", oldDb);
        if (oldXdg.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", oldXdg);
    }

    void createsPrivateFileAndDirectoryDespiteUmask()
    {
        const mode_t oldMask = ::umask(022);
        const QString dir = m_dir->filePath(u"deeper/wgdesk"_s);
        const QString path = dir + u"/wgdesk.db"_s;
        Store store;
        QString error;
        const bool opened = store.open(path, &error);
        ::umask(oldMask);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(modeOf(dir), mode_t(0700));
        QCOMPARE(modeOf(path), mode_t(0600));
        QVERIFY(store.setSetting(u"k"_s, u"v"_s, &error));
        for (const QString &companion : {path + u"-wal"_s, path + u"-shm"_s}) {
            if (QFile::exists(companion))
                QCOMPARE(modeOf(companion), mode_t(0600));
        }
        QCOMPARE(rawValue(path, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    }

    void migratesEmptyFileAndReopens()
    {
        const QString path = dbPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        QCOMPARE(QFileInfo(path).size(), 0);
        QString error;
        {
            Store store;
            openOrFail(store, path);
            QVERIFY(store.setSetting(u"kept"_s, u"yes"_s, &error));
        }
        QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), Store::schemaVersion);
        for (const QString &table : {u"users"_s, u"interfaces"_s, u"peers"_s, u"outbox"_s,
                                     u"settings"_s, u"peer_state"_s}) {
            QCOMPARE(rawValue(path, u"SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' "
                                    u"AND name = '%1'"_s.arg(table))
                         .toInt(),
                     1);
        }
        Store again;
        openOrFail(again, path);
        QCOMPARE(again.setting(u"kept"_s, &error), std::optional<QString>(u"yes"_s));
        QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), Store::schemaVersion);
    }

    void refusesNewerSchema()
    {
        const QString path = dbPath();
        {
            Store store;
            openOrFail(store, path);
        }
        rawValue(path, u"PRAGMA user_version = 99"_s);
        QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 99);
        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(u"made by a newer WG Desk"_s), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"99"_s), qPrintable(error));
        QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 99);
    }

    void refusesFileOthersCanRead()
    {
        const QString path = dbPath();
        {
            Store store;
            openOrFail(store, path);
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const QStringList entriesBefore = QDir(m_dir->path()).entryList(QDir::Files);

        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(u"chmod 600 "_s + path), qPrintable(error));
        QVERIFY2(error.contains(u"0644"_s), qPrintable(error));
        QCOMPARE(modeOf(path), mode_t(0644));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), entriesBefore);
    }

    void refusesDirectoryOthersCanRead()
    {
        const QString dir = m_dir->filePath(u"shared"_s);
        QVERIFY(QDir().mkdir(dir));
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        const QString path = dir + u"/wgdesk.db"_s;
        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(u"chmod 700 "_s + dir), qPrintable(error));
        QVERIFY2(error.contains(u"0755"_s), qPrintable(error));
        QCOMPARE(modeOf(dir), mode_t(0755));
        QVERIFY(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
    }

    void usersRoundTrip()
    {
        Store store;
        openOrFail(store, dbPath());
        QString error;
        const User full = fullUser();
        User empty;
        empty.identifier = u"bare"_s;
        QVERIFY2(store.insertUser(full, &error), qPrintable(error));
        QVERIFY2(store.insertUser(empty, &error), qPrintable(error));

        std::optional<User> read = store.user(full.identifier, &error);
        QVERIFY(read);
        QCOMPARE(*read, full);
        QCOMPARE(read->disabled.toMSecsSinceEpoch(), full.disabled.toMSecsSinceEpoch());
        QCOMPARE(read->updatedAt.toMSecsSinceEpoch(), full.updatedAt.toMSecsSinceEpoch());
        QCOMPARE(store.user(u"bare"_s, &error), std::optional<User>(empty));
        QVERIFY(!store.user(u"bare"_s, &error)->disabled.isValid());
        QCOMPARE(store.users(&error), std::optional<QList<User>>(QList<User>{full, empty}));

        User changed = full;
        changed.isAdmin = false;
        changed.disabled = QDateTime();
        changed.email.clear();
        changed.updatedAt = at(2026, 1, 1, 1, 1, 1, 1, 0);
        QVERIFY2(store.updateUser(changed, &error), qPrintable(error));
        QCOMPARE(store.user(full.identifier, &error), std::optional<User>(changed));

        // Not found is nullopt with no error.
        error = u"stale"_s;
        QVERIFY(!store.user(u"nobody"_s, &error));
        QVERIFY(error.isEmpty());

        QVERIFY(!store.insertUser(full, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        User ghost;
        ghost.identifier = u"ghost"_s;
        QVERIFY(!store.updateUser(ghost, &error));
        QVERIFY2(error.contains(u"no user"_s), qPrintable(error));
        QVERIFY(store.removeUser(u"bare"_s, &error));
        QVERIFY(!store.removeUser(u"bare"_s, &error));
        QCOMPARE(store.users(&error)->size(), 1);
    }

    void interfacesRoundTrip()
    {
        Store store;
        openOrFail(store, dbPath());
        QString error;
        const Interface full = fullInterface();
        Interface empty;
        empty.identifier = u"wg1"_s;
        QVERIFY2(store.insertInterface(full, &error), qPrintable(error));
        QVERIFY2(store.insertInterface(empty, &error), qPrintable(error));
        QCOMPARE(store.interface(u"wg0"_s, &error), std::optional<Interface>(full));
        QCOMPARE(store.interface(u"wg1"_s, &error), std::optional<Interface>(empty));
        QCOMPARE(store.interfaces(&error),
                 std::optional<QList<Interface>>(QList<Interface>{full, empty}));
        QCOMPARE(store.interface(u"wg0"_s, &error)->firewallMark, 0xfffffffeu);

        Interface changed = full;
        changed.addresses = {u"10.9.0.1/16"_s};
        changed.dns.clear();
        changed.postUp.clear();
        changed.saveConfig = false;
        changed.disabled = QDateTime();
        changed.table = u"off"_s;
        QVERIFY2(store.updateInterface(changed, &error), qPrintable(error));
        QCOMPARE(store.interface(u"wg0"_s, &error), std::optional<Interface>(changed));

        QVERIFY(!store.insertInterface(full, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        Interface ghost;
        ghost.identifier = u"wg9"_s;
        QVERIFY(!store.updateInterface(ghost, &error));
        QVERIFY(!store.removeInterface(u"wg9"_s, &error));
        QVERIFY2(error.contains(u"no interface"_s), qPrintable(error));
    }

    void peersRoundTripAndOwners()
    {
        Store store;
        openOrFail(store, dbPath());
        QString error;
        QVERIFY(store.insertUser(fullUser(), &error));
        QVERIFY(store.insertInterface(fullInterface(), &error));
        const Peer full = fullPeer();
        Peer bare;
        bare.interfaceIdentifier = u"wg0"_s;
        bare.publicKey = u"TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0="_s;
        QVERIFY2(store.insertPeer(full, &error), qPrintable(error));
        QVERIFY2(store.insertPeer(bare, &error), qPrintable(error));

        QCOMPARE(store.peer(u"wg0"_s, full.publicKey, &error), std::optional<Peer>(full));
        QCOMPARE(store.peer(u"wg0"_s, bare.publicKey, &error), std::optional<Peer>(bare));
        QCOMPARE(store.peers(u"wg0"_s, &error),
                 std::optional<QList<Peer>>(QList<Peer>{full, bare})); // insertion order
        QCOMPARE(store.peerCountForUser(u"ana.lopez"_s, &error), std::optional<int>(1));
        QCOMPARE(rawValue(dbPath(), u"SELECT COUNT(*) FROM peers WHERE user_identifier IS NULL"_s)
                     .toInt(),
                 1);

        Peer changed = full;
        changed.userIdentifier.clear();
        changed.allowedIps = {u"0.0.0.0/0"_s};
        changed.expiresAt = QDateTime();
        changed.persistentKeepalive = 0;
        QVERIFY2(store.updatePeer(changed, &error), qPrintable(error));
        QCOMPARE(store.peer(u"wg0"_s, full.publicKey, &error), std::optional<Peer>(changed));
        QCOMPARE(store.peerCountForUser(u"ana.lopez"_s, &error), std::optional<int>(0));
        QVERIFY2(store.updatePeer(full, &error), qPrintable(error));

        // Referential checks, as sentences.
        QVERIFY(!store.insertPeer(full, &error));
        QVERIFY2(error.contains(u"already has a peer"_s), qPrintable(error));
        Peer orphan = fullPeer(u"4EoUBuk6PDdCH8q0iP4V0/GDcxJ81aHlt8/S5JO2dH0="_s);
        orphan.interfaceIdentifier = u"wg7"_s;
        QVERIFY(!store.insertPeer(orphan, &error));
        QVERIFY2(error.contains(u"no interface"_s), qPrintable(error));
        orphan.interfaceIdentifier = u"wg0"_s;
        orphan.userIdentifier = u"nobody"_s;
        QVERIFY(!store.insertPeer(orphan, &error));
        QVERIFY2(error.contains(u"no user"_s), qPrintable(error));
        QVERIFY(!store.removeUser(u"ana.lopez"_s, &error));
        QVERIFY2(error.contains(u"still owns 1 peer"_s), qPrintable(error));
        QVERIFY(store.user(u"ana.lopez"_s, &error));

        QVERIFY(store.removePeer(u"wg0"_s, bare.publicKey, &error));
        QVERIFY(!store.removePeer(u"wg0"_s, bare.publicKey, &error));
        QVERIFY(!store.peer(u"wg0"_s, bare.publicKey, &error));
        QVERIFY(error.isEmpty());
    }

    void removingInterfaceCascadesToPeers()
    {
        Store store;
        openOrFail(store, dbPath());
        QString error;
        QVERIFY(store.insertUser(fullUser(), &error));
        QVERIFY(store.insertInterface(fullInterface(), &error));
        Interface other;
        other.identifier = u"wg1"_s;
        QVERIFY(store.insertInterface(other, &error));
        QVERIFY(store.insertPeer(fullPeer(), &error));
        Peer second = fullPeer(u"TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0="_s);
        QVERIFY(store.insertPeer(second, &error));
        second.interfaceIdentifier = u"wg1"_s; // the same key on another interface is allowed
        QVERIFY2(store.insertPeer(second, &error), qPrintable(error));

        QVERIFY2(store.removeInterface(u"wg0"_s, &error), qPrintable(error));
        QCOMPARE(store.peers(u"wg0"_s, &error)->size(), 0);
        QCOMPARE(store.peers(u"wg1"_s, &error)->size(), 1);
        QCOMPARE(rawValue(dbPath(), u"SELECT COUNT(*) FROM peers"_s).toInt(), 1);
        QVERIFY(store.user(u"ana.lopez"_s, &error)); // owners stay
    }

    void settings()
    {
        Store store;
        openOrFail(store, dbPath());
        QString error = u"stale"_s;
        QVERIFY(!store.setting(u"status.threshold"_s, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(store.setSetting(u"status.threshold"_s, u"180"_s, &error));
        QVERIFY(store.setSetting(u"status.threshold"_s, u"120"_s, &error));
        QCOMPARE(store.setting(u"status.threshold"_s, &error), std::optional<QString>(u"120"_s));
        QVERIFY(store.setSetting(u"empty"_s, QString(), &error));
        QCOMPARE(store.setting(u"empty"_s, &error), std::optional<QString>(QString()));
        QVERIFY(store.removeSetting(u"status.threshold"_s, &error));
        QVERIFY(!store.setting(u"status.threshold"_s, &error));
    }

    void transactionCommitsChangeWithItsEvent()
    {
        Store store;
        openOrFail(store, dbPath());
        QString error;
        QVERIFY(store.setSetting(u"webhook.url"_s, u"https://hooks.example/wg"_s, &error));
        const User user = fullUser();
        QJsonObject payload{{u"Identifier"_s, user.identifier}, {u"IsAdmin"_s, true},
                            {u"Addresses"_s, QJsonArray{u"10.0.0.2/24"_s}}};
        QVERIFY2(store.transaction(
                     [&](QString *e) {
                         return store.insertUser(user, e)
                                && store.enqueueEvent(u"user"_s, u"create"_s, user.identifier,
                                                      payload, e);
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(store.enqueueEvent(u"peer"_s, u"connect"_s, u"key="_s, {}, &error));
        QVERIFY(store.user(user.identifier, &error));

        const std::optional<QList<OutboxEvent>> pending = store.pendingEvents(&error);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 2);
        const OutboxEvent &first = pending->at(0);
        QCOMPARE(first.entity, u"user"_s);
        QCOMPARE(first.event, u"create"_s);
        QCOMPARE(first.identifier, user.identifier);
        QCOMPARE(first.payload, payload);
        QCOMPARE(first.attempts, 0);
        QVERIFY(!QUuid::fromString(first.deliveryId).isNull());
        QVERIFY(first.deliveryId != pending->at(1).deliveryId);
        QVERIFY(first.id < pending->at(1).id);
        QVERIFY(first.createdAt.isValid());
        QCOMPARE(first.nextAttemptAt, first.createdAt);
        QVERIFY(!first.deliveredAt.isValid() && !first.failedAt.isValid());
        QCOMPARE(store.pendingEvents(&error, 1)->size(), 1);

        // Delivery bookkeeping.
        const QDateTime retryAt = QDateTime::currentDateTime().addSecs(2);
        QVERIFY(store.recordFailedAttempt(first.id, 503, u"Service Unavailable"_s, retryAt,
                                          false, &error));
        OutboxEvent after = *store.outboxEvent(first.id, &error);
        QCOMPARE(after.attempts, 1);
        QCOMPARE(after.lastStatus, 503);
        QCOMPARE(after.lastError, u"Service Unavailable"_s);
        QCOMPARE(after.nextAttemptAt.toMSecsSinceEpoch(), retryAt.toMSecsSinceEpoch());
        QCOMPARE(after.deliveryId, first.deliveryId);
        QVERIFY(store.markDelivered(first.id, 204, &error));
        after = *store.outboxEvent(first.id, &error);
        QCOMPARE(after.attempts, 2);
        QVERIFY(after.deliveredAt.isValid());
        QVERIFY(store.recordFailedAttempt(pending->at(1).id, 0, u"timeout"_s, {}, true, &error));
        QVERIFY(store.outboxEvent(pending->at(1).id, &error)->failedAt.isValid());
        QCOMPARE(store.pendingEvents(&error)->size(), 0);
    }

    void eventsAreRecordedOnlyWhileWebhooksAreOn()
    {
        Store store;
        openOrFail(store, dbPath(u"gate.db"_s));
        QString error;
        QVERIFY(store.enqueueEvent(u"user"_s, u"create"_s, u"off"_s, {}, &error));
        QVERIFY(store.setSetting(u"webhook.url"_s, QString(), &error));
        QVERIFY(store.enqueueEvent(u"user"_s, u"create"_s, u"empty"_s, {}, &error));
        QCOMPARE(*store.lastEventId(&error), 0);
        QVERIFY(store.setSetting(u"webhook.url"_s, u"https://hooks.example/wg"_s, &error));
        QVERIFY(store.enqueueEvent(u"user"_s, u"create"_s, u"on"_s, {}, &error));
        const auto pending = store.pendingEvents(&error);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->at(0).identifier, u"on"_s);
    }

    void deliveryLogRetryAndPrune()
    {
        Store store;
        openOrFail(store, dbPath(u"log.db"_s));
        QString error;
        QVERIFY(store.setSetting(u"webhook.url"_s, u"https://hooks.example/wg"_s, &error));
        for (const QString &id : {u"a"_s, u"b"_s, u"a"_s, u"c"_s, u"b"_s})
            QVERIFY(store.enqueueEvent(u"user"_s, u"update"_s, id, {}, &error));
        const QList<OutboxEvent> all = *store.pendingEvents(&error);
        QCOMPARE(all.size(), 5);
        QCOMPARE(*store.lastEventId(&error), all.last().id);
        QCOMPARE(all.first().retrySince, all.first().createdAt);
        QVERIFY(!all.first().lastAttemptAt.isValid());

        // Ranges, counts and the entities of a command's own events.
        QCOMPARE(store.pendingEventsBetween(all[1].id, all[3].id, 0, &error)->size(), 2);
        QCOMPARE(store.pendingEventsBetween(0, all[4].id, 2, &error)->size(), 2);
        QCOMPARE(*store.pendingCountUpTo(all[2].id, &error), 3);
        // The only event after the 4th is b's second, so b's first comes too, before it.
        const auto ofB = *store.pendingEventsOfEntitiesSince(all[3].id, &error);
        QCOMPARE(ofB.size(), 2);
        QCOMPARE(ofB[0].id, all[1].id);
        QCOMPARE(ofB[1].id, all[4].id);

        // One delivered, one failed for good, one waiting.
        QVERIFY(store.markDelivered(all[0].id, 204, &error));
        QVERIFY(store.recordFailedAttempt(all[1].id, 500, u"HTTP 500"_s, {}, true, &error));
        const QDateTime later = QDateTime::currentDateTime().addSecs(60);
        QVERIFY(store.recordFailedAttempt(all[2].id, 0, u"refused"_s, later, false, &error));
        QVERIFY(store.outboxEvent(all[2].id, &error)->lastAttemptAt.isValid());
        const auto counts = *store.outboxCounts(&error);
        QCOMPARE(counts.pending, 3);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(store.deliveries(Store::DeliveryFilter::All, 0, &error)->size(), 5);
        QCOMPARE(store.deliveries(Store::DeliveryFilter::All, 0, &error)->first().id, all[4].id);
        QCOMPARE(store.deliveries(Store::DeliveryFilter::Failed, 0, &error)->size(), 1);
        QCOMPARE(store.deliveries(Store::DeliveryFilter::Delivered, 0, &error)->size(), 1);
        QCOMPARE(store.deliveries(Store::DeliveryFilter::Pending, 2, &error)->size(), 2);

        // Due now: not the one waiting a minute.
        const auto due = *store.duePendingIds(all[4].id, QDateTime::currentDateTime(), &error);
        QCOMPARE(due, (QList<qint64>{all[3].id, all[4].id}));

        // Retry by hand: failed -> pending with a new window; pending -> due now; delivered no.
        QVERIFY(store.retryEvent(all[1].id, &error));
        const OutboxEvent retried = *store.outboxEvent(all[1].id, &error);
        QVERIFY(retried.isPending());
        QCOMPARE(retried.attempts, 1);
        QVERIFY(retried.retrySince >= retried.createdAt);
        QVERIFY(retried.nextAttemptAt <= QDateTime::currentDateTime());
        QVERIFY(store.retryEvent(all[2].id, &error));
        QVERIFY(store.outboxEvent(all[2].id, &error)->nextAttemptAt
                <= QDateTime::currentDateTime());
        QVERIFY(!store.retryEvent(all[0].id, &error));
        QVERIFY2(error.contains(u"was delivered"_s), qPrintable(error));
        QVERIFY(!store.retryEvent(999999, &error));
        QVERIFY2(error.startsWith(u"ID: "_s), qPrintable(error));
        QVERIFY(store.recordFailedAttempt(all[3].id, 0, u"x"_s, {}, true, &error));
        QCOMPARE(*store.retryFailedEvents(&error), 1);
        QCOMPARE(store.outboxCounts(&error)->failed, 0);

        // Pruning removes only delivered events older than the cut.
        QCOMPARE(*store.pruneDelivered(QDateTime::currentDateTime().addDays(-1), &error), 0);
        QCOMPARE(*store.pruneDelivered(QDateTime::currentDateTime().addSecs(1), &error), 1);
        QCOMPARE(store.deliveries(Store::DeliveryFilter::All, 0, &error)->size(), 4);
    }

    void migratesVersionOneOutbox()
    {
        // A database as schema 1 left it: the delivery-log columns are added, rows kept.
        const QString path = dbPath(u"v1.db"_s);
        {
            Store store;
            openOrFail(store, path);
            QString error;
            QVERIFY(store.setSetting(u"webhook.url"_s, u"https://hooks.example/wg"_s, &error));
            QVERIFY(store.enqueueEvent(u"user"_s, u"create"_s, u"kept"_s, {}, &error));
        }
        rawValue(path, u"DROP INDEX outbox_failed"_s);
        rawValue(path, u"DROP INDEX outbox_delivered"_s);
        rawValue(path, u"ALTER TABLE outbox DROP COLUMN retry_since"_s);
        rawValue(path, u"ALTER TABLE outbox DROP COLUMN last_attempt_at"_s);
        rawValue(path, u"PRAGMA user_version = 1"_s);
        QCOMPARE(rawValue(path, u"SELECT COUNT(*) FROM pragma_table_info('outbox') WHERE name = "
                                u"'retry_since'"_s)
                     .toInt(),
                 0);
        Store store;
        openOrFail(store, path);
        QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), Store::schemaVersion);
        QString error;
        const auto pending = store.pendingEvents(&error);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->at(0).identifier, u"kept"_s);
        QCOMPARE(pending->at(0).retrySince, pending->at(0).createdAt);
    }

    void transactionRollbackLeavesNothing()
    {
        Store store;
        openOrFail(store, dbPath());
        QString error;
        QVERIFY(store.setSetting(u"webhook.url"_s, u"https://hooks.example/wg"_s, &error));
        QVERIFY(store.insertInterface(fullInterface(), &error));
        const qint64 outboxBefore = rawValue(dbPath(), u"SELECT COUNT(*) FROM outbox"_s).toLongLong();
        QVERIFY(!store.transaction(
            [&](QString *e) {
                if (!store.insertUser(fullUser(), e)
                    || !store.enqueueEvent(u"user"_s, u"create"_s, u"ana.lopez"_s, {}, e)
                    || !store.insertPeer(fullPeer(), e)
                    || !store.removeInterface(u"wg0"_s, e))
                    return false;
                *e = u"The operator cancelled."_s;
                return false;
            },
            &error));
        QCOMPARE(error, u"The operator cancelled."_s);
        QVERIFY(!store.inTransaction());
        QVERIFY(!store.user(u"ana.lopez"_s, &error));
        QVERIFY(store.interface(u"wg0"_s, &error));
        QCOMPARE(store.peers(u"wg0"_s, &error)->size(), 0);
        QCOMPARE(store.pendingEvents(&error)->size(), 0);
        QCOMPARE(rawValue(dbPath(), u"SELECT COUNT(*) FROM outbox"_s).toLongLong(), outboxBefore);

        // A failing statement inside: its error is passed on, nothing stays.
        QVERIFY(!store.transaction(
            [&](QString *e) {
                return store.enqueueEvent(u"interface"_s, u"create"_s, u"wg0"_s, {}, e)
                       && store.insertInterface(fullInterface(), e); // duplicate
            },
            &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QCOMPARE(store.pendingEvents(&error)->size(), 0);

        // Nested: an inner rollback keeps the outer work.
        QVERIFY2(store.transaction(
                     [&](QString *e) {
                         if (!store.setSetting(u"outer"_s, u"1"_s, e))
                             return false;
                         QString inner;
                         if (store.transaction(
                                 [&](QString *ie) {
                                     store.setSetting(u"inner"_s, u"1"_s, ie);
                                     return false;
                                 },
                                 &inner))
                             return false;
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(store.setting(u"outer"_s, &error));
        QVERIFY(!store.setting(u"inner"_s, &error));
    }

    void dataVersionSeesOtherConnections()
    {
        Store gui, cli;
        openOrFail(gui, dbPath());
        openOrFail(cli, dbPath());
        QString error;
        const qint64 before = gui.dataVersion();
        QVERIFY(before >= 0);
        QCOMPARE(gui.dataVersion(), before);
        QVERIFY(cli.setSetting(u"from"_s, u"cli"_s, &error));
        const qint64 after = gui.dataVersion();
        QVERIFY(after >= 0);
        QVERIFY(after != before);
        QCOMPARE(gui.setting(u"from"_s, &error), std::optional<QString>(u"cli"_s));
    }

    void concurrentProcessesLoseNoUpdate()
    {
        const QString path = dbPath();
        Store store;
        openOrFail(store, path);
        QElapsedTimer timer;
        timer.start();

        std::vector<std::unique_ptr<QProcess>> workers;
        for (int i = 0; i < workerProcesses; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProgram(QCoreApplication::applicationFilePath());
            process->setArguments({QString::fromLatin1(workerFlag), path,
                                   QString::number(incrementsEach)});
            process->start();
            QVERIFY2(process->waitForStarted(10000), qPrintable(process->errorString()));
            workers.push_back(std::move(process));
        }
        for (auto &process : workers) {
            while (!process->canReadLine()) {
                QVERIFY2(process->waitForReadyRead(10000),
                         qPrintable(QString::fromLocal8Bit(process->readAllStandardError())));
            }
            QCOMPARE(process->readLine().trimmed(), QByteArray("ready"));
        }
        // QProcess writes from its event loop: flush each "go" now, so that all start together.
        for (auto &process : workers)
            process->write("go\n");
        for (auto &process : workers) {
            QVERIFY(process->waitForBytesWritten(10000));
            process->closeWriteChannel();
        }
        // This process writes at the same time.
        QString error;
        for (int i = 0; i < incrementsEach; ++i)
            QVERIFY2(increment(store, &error), qPrintable(error));

        for (auto &process : workers) {
            QVERIFY(process->waitForFinished(60000));
            const QString stderrText = QString::fromLocal8Bit(process->readAllStandardError());
            QVERIFY2(!stderrText.contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(stderrText));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     qPrintable(stderrText));
        }
        QCOMPARE(store.setting(u"counter"_s, &error),
                 std::optional<QString>(QString::number((workerProcesses + 1) * incrementsEach)));
        qInfo("%d increments from %d processes in %lld ms", (workerProcesses + 1) * incrementsEach,
              workerProcesses + 1, timer.elapsed());
    }
};

int main(int argc, char *argv[])
{
    if (argc >= 4 && qstrcmp(argv[1], workerFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runWorker(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestStore.moc"
