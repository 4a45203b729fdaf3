#include "Store.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wgdesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Store", text, disambiguation, n);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// A sentence from SQLite's own message (without Qt's prefixes).
QString sqlText(const QSqlError &e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.trimmed();
}

int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // primary result code of an extended one
}

bool isBusy(const QSqlError &e)
{
    const int code = sqliteCode(e);
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

bool isConstraint(const QSqlError &e)
{
    return sqliteCode(e) == 19 /* SQLITE_CONSTRAINT */;
}

QString modeText(mode_t mode)
{
    return QString::number(mode & 07777, 8).rightJustified(4, u'0');
}

// Text columns are NOT NULL: a null QString would be bound as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QVariant optionalText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QVariant &v)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    result.reserve(array.size());
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

QString quoted(const QString &s)
{
    return u"“"_s + s + u"”"_s;
}

QString joined(const QStringList &columns, const QString &prefix, const QString &separator)
{
    QStringList parts;
    for (const QString &c : columns)
        parts.append(prefix + c);
    return parts.join(separator);
}

QString insertSql(const QString &table, const QStringList &columns)
{
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                     joined(columns, u":"_s, u", "_s));
}

QString updateSql(const QString &table, const QStringList &columns, const QStringList &keys)
{
    QStringList sets, where;
    for (const QString &c : columns) {
        if (!keys.contains(c))
            sets.append(u"%1 = :%1"_s.arg(c));
    }
    for (const QString &k : keys)
        where.append(u"%1 = :%1"_s.arg(k));
    return u"UPDATE %1 SET %2 WHERE %3"_s.arg(table, sets.join(u", "_s),
                                              where.join(u" AND "_s));
}

// ---- Records <-> rows ----------------------------------------------------------------------

const QStringList &userColumns()
{
    static const QStringList columns = {
        u"identifier"_s, u"email"_s,       u"firstname"_s,       u"lastname"_s,
        u"phone"_s,      u"department"_s,  u"notes"_s,           u"is_admin"_s,
        u"disabled_at"_s, u"disabled_reason"_s, u"created_at"_s, u"updated_at"_s,
        u"created_by"_s, u"updated_by"_s};
    return columns;
}

void bindUser(QSqlQuery &q, const User &u)
{
    q.bindValue(u":identifier"_s, text(u.identifier));
    q.bindValue(u":email"_s, text(u.email));
    q.bindValue(u":firstname"_s, text(u.firstname));
    q.bindValue(u":lastname"_s, text(u.lastname));
    q.bindValue(u":phone"_s, text(u.phone));
    q.bindValue(u":department"_s, text(u.department));
    q.bindValue(u":notes"_s, text(u.notes));
    q.bindValue(u":is_admin"_s, u.isAdmin ? 1 : 0);
    q.bindValue(u":disabled_at"_s, msecs(u.disabled));
    q.bindValue(u":disabled_reason"_s, text(u.disabledReason));
    q.bindValue(u":created_at"_s, msecs(u.createdAt));
    q.bindValue(u":updated_at"_s, msecs(u.updatedAt));
    q.bindValue(u":created_by"_s, text(u.createdBy));
    q.bindValue(u":updated_by"_s, text(u.updatedBy));
}

User userFromRow(const QSqlQuery &q)
{
    User u;
    u.identifier = q.value(u"identifier"_s).toString();
    u.email = q.value(u"email"_s).toString();
    u.firstname = q.value(u"firstname"_s).toString();
    u.lastname = q.value(u"lastname"_s).toString();
    u.phone = q.value(u"phone"_s).toString();
    u.department = q.value(u"department"_s).toString();
    u.notes = q.value(u"notes"_s).toString();
    u.isAdmin = q.value(u"is_admin"_s).toInt() != 0;
    u.disabled = dateTime(q.value(u"disabled_at"_s));
    u.disabledReason = q.value(u"disabled_reason"_s).toString();
    u.createdAt = dateTime(q.value(u"created_at"_s));
    u.updatedAt = dateTime(q.value(u"updated_at"_s));
    u.createdBy = q.value(u"created_by"_s).toString();
    u.updatedBy = q.value(u"updated_by"_s).toString();
    return u;
}

const QStringList &interfaceColumns()
{
    static const QStringList columns = {
        u"identifier"_s, u"display_name"_s, u"private_key"_s, u"public_key"_s,
        u"listen_port"_s, u"addresses"_s, u"mtu"_s, u"firewall_mark"_s, u"dns"_s,
        u"route_table"_s, u"pre_up"_s, u"post_up"_s, u"pre_down"_s, u"post_down"_s,
        u"save_config"_s, u"external_endpoint"_s, u"disabled_at"_s, u"created_at"_s,
        u"updated_at"_s, u"created_by"_s, u"updated_by"_s};
    return columns;
}

void bindInterface(QSqlQuery &q, const Interface &i)
{
    q.bindValue(u":identifier"_s, text(i.identifier));
    q.bindValue(u":display_name"_s, text(i.displayName));
    q.bindValue(u":private_key"_s, text(i.privateKey));
    q.bindValue(u":public_key"_s, text(i.publicKey));
    q.bindValue(u":listen_port"_s, i.listenPort);
    q.bindValue(u":addresses"_s, jsonList(i.addresses));
    q.bindValue(u":mtu"_s, i.mtu);
    q.bindValue(u":firewall_mark"_s, qint64(i.firewallMark));
    q.bindValue(u":dns"_s, jsonList(i.dns));
    q.bindValue(u":route_table"_s, text(i.table));
    q.bindValue(u":pre_up"_s, jsonList(i.preUp));
    q.bindValue(u":post_up"_s, jsonList(i.postUp));
    q.bindValue(u":pre_down"_s, jsonList(i.preDown));
    q.bindValue(u":post_down"_s, jsonList(i.postDown));
    q.bindValue(u":save_config"_s, i.saveConfig ? 1 : 0);
    q.bindValue(u":external_endpoint"_s, text(i.externalEndpoint));
    q.bindValue(u":disabled_at"_s, msecs(i.disabled));
    q.bindValue(u":created_at"_s, msecs(i.createdAt));
    q.bindValue(u":updated_at"_s, msecs(i.updatedAt));
    q.bindValue(u":created_by"_s, text(i.createdBy));
    q.bindValue(u":updated_by"_s, text(i.updatedBy));
}

Interface interfaceFromRow(const QSqlQuery &q)
{
    Interface i;
    i.identifier = q.value(u"identifier"_s).toString();
    i.displayName = q.value(u"display_name"_s).toString();
    i.privateKey = q.value(u"private_key"_s).toString();
    i.publicKey = q.value(u"public_key"_s).toString();
    i.listenPort = q.value(u"listen_port"_s).toInt();
    i.addresses = listFromJson(q.value(u"addresses"_s));
    i.mtu = q.value(u"mtu"_s).toInt();
    i.firewallMark = quint32(q.value(u"firewall_mark"_s).toLongLong());
    i.dns = listFromJson(q.value(u"dns"_s));
    i.table = q.value(u"route_table"_s).toString();
    i.preUp = listFromJson(q.value(u"pre_up"_s));
    i.postUp = listFromJson(q.value(u"post_up"_s));
    i.preDown = listFromJson(q.value(u"pre_down"_s));
    i.postDown = listFromJson(q.value(u"post_down"_s));
    i.saveConfig = q.value(u"save_config"_s).toInt() != 0;
    i.externalEndpoint = q.value(u"external_endpoint"_s).toString();
    i.disabled = dateTime(q.value(u"disabled_at"_s));
    i.createdAt = dateTime(q.value(u"created_at"_s));
    i.updatedAt = dateTime(q.value(u"updated_at"_s));
    i.createdBy = q.value(u"created_by"_s).toString();
    i.updatedBy = q.value(u"updated_by"_s).toString();
    return i;
}

const QStringList &peerColumns()
{
    static const QStringList columns = {
        u"interface_identifier"_s, u"public_key"_s, u"private_key"_s, u"preshared_key"_s,
        u"display_name"_s, u"user_identifier"_s, u"endpoint"_s, u"allowed_ips"_s,
        u"addresses"_s, u"persistent_keepalive"_s, u"check_address"_s, u"notes"_s,
        u"disabled_at"_s, u"disabled_reason"_s, u"expires_at"_s, u"created_at"_s,
        u"updated_at"_s, u"created_by"_s, u"updated_by"_s};
    return columns;
}

void bindPeer(QSqlQuery &q, const Peer &p)
{
    q.bindValue(u":interface_identifier"_s, text(p.interfaceIdentifier));
    q.bindValue(u":public_key"_s, text(p.publicKey));
    q.bindValue(u":private_key"_s, text(p.privateKey));
    q.bindValue(u":preshared_key"_s, text(p.presharedKey));
    q.bindValue(u":display_name"_s, text(p.displayName));
    q.bindValue(u":user_identifier"_s, optionalText(p.userIdentifier)); // NULL = no owner
    q.bindValue(u":endpoint"_s, text(p.endpoint));
    q.bindValue(u":allowed_ips"_s, jsonList(p.allowedIps));
    q.bindValue(u":addresses"_s, jsonList(p.addresses));
    q.bindValue(u":persistent_keepalive"_s, p.persistentKeepalive);
    q.bindValue(u":check_address"_s, text(p.checkAddress));
    q.bindValue(u":notes"_s, text(p.notes));
    q.bindValue(u":disabled_at"_s, msecs(p.disabled));
    q.bindValue(u":disabled_reason"_s, text(p.disabledReason));
    q.bindValue(u":expires_at"_s, msecs(p.expiresAt));
    q.bindValue(u":created_at"_s, msecs(p.createdAt));
    q.bindValue(u":updated_at"_s, msecs(p.updatedAt));
    q.bindValue(u":created_by"_s, text(p.createdBy));
    q.bindValue(u":updated_by"_s, text(p.updatedBy));
}

Peer peerFromRow(const QSqlQuery &q)
{
    Peer p;
    p.interfaceIdentifier = q.value(u"interface_identifier"_s).toString();
    p.publicKey = q.value(u"public_key"_s).toString();
    p.privateKey = q.value(u"private_key"_s).toString();
    p.presharedKey = q.value(u"preshared_key"_s).toString();
    p.displayName = q.value(u"display_name"_s).toString();
    p.userIdentifier = q.value(u"user_identifier"_s).toString();
    p.endpoint = q.value(u"endpoint"_s).toString();
    p.allowedIps = listFromJson(q.value(u"allowed_ips"_s));
    p.addresses = listFromJson(q.value(u"addresses"_s));
    p.persistentKeepalive = q.value(u"persistent_keepalive"_s).toInt();
    p.checkAddress = q.value(u"check_address"_s).toString();
    p.notes = q.value(u"notes"_s).toString();
    p.disabled = dateTime(q.value(u"disabled_at"_s));
    p.disabledReason = q.value(u"disabled_reason"_s).toString();
    p.expiresAt = dateTime(q.value(u"expires_at"_s));
    p.createdAt = dateTime(q.value(u"created_at"_s));
    p.updatedAt = dateTime(q.value(u"updated_at"_s));
    p.createdBy = q.value(u"created_by"_s).toString();
    p.updatedBy = q.value(u"updated_by"_s).toString();
    return p;
}

const QString outboxColumns =
    u"id, delivery_id, entity, event, identifier, payload, created_at, attempts, last_status, "
    u"last_error, next_attempt_at, delivered_at, failed_at, retry_since, last_attempt_at"_s;

OutboxEvent outboxFromRow(const QSqlQuery &q)
{
    OutboxEvent e;
    e.id = q.value(u"id"_s).toLongLong();
    e.deliveryId = q.value(u"delivery_id"_s).toString();
    e.entity = q.value(u"entity"_s).toString();
    e.event = q.value(u"event"_s).toString();
    e.identifier = q.value(u"identifier"_s).toString();
    e.payload = QJsonDocument::fromJson(q.value(u"payload"_s).toString().toUtf8()).object();
    e.createdAt = dateTime(q.value(u"created_at"_s));
    e.attempts = q.value(u"attempts"_s).toInt();
    e.lastStatus = q.value(u"last_status"_s).toInt();
    e.lastError = q.value(u"last_error"_s).toString();
    e.nextAttemptAt = dateTime(q.value(u"next_attempt_at"_s));
    e.deliveredAt = dateTime(q.value(u"delivered_at"_s));
    e.failedAt = dateTime(q.value(u"failed_at"_s));
    e.retrySince = dateTime(q.value(u"retry_since"_s));
    if (!e.retrySince.isValid())
        e.retrySince = e.createdAt;
    e.lastAttemptAt = dateTime(q.value(u"last_attempt_at"_s));
    return e;
}

// ---- Schema --------------------------------------------------------------------------------

// Migration N (1-based) takes the schema from version N-1 to N. Append, never edit a step that
// has shipped. Each step runs inside the migration transaction, one statement per string.
// Times are INTEGER milliseconds since the epoch, UTC; list fields are JSON arrays (TEXT).
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: everything.
        {
            uR"(CREATE TABLE users (
                identifier TEXT PRIMARY KEY NOT NULL,
                email TEXT NOT NULL DEFAULT '',
                firstname TEXT NOT NULL DEFAULT '',
                lastname TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                department TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                is_admin INTEGER NOT NULL DEFAULT 0,
                disabled_at INTEGER,
                disabled_reason TEXT NOT NULL DEFAULT '',
                created_at INTEGER,
                updated_at INTEGER,
                created_by TEXT NOT NULL DEFAULT '',
                updated_by TEXT NOT NULL DEFAULT ''
            ))"_s,
            uR"(CREATE TABLE interfaces (
                identifier TEXT PRIMARY KEY NOT NULL,
                display_name TEXT NOT NULL DEFAULT '',
                private_key TEXT NOT NULL DEFAULT '',
                public_key TEXT NOT NULL DEFAULT '',
                listen_port INTEGER NOT NULL DEFAULT 0,
                addresses TEXT NOT NULL DEFAULT '[]',
                mtu INTEGER NOT NULL DEFAULT 0,
                firewall_mark INTEGER NOT NULL DEFAULT 0,
                dns TEXT NOT NULL DEFAULT '[]',
                route_table TEXT NOT NULL DEFAULT '',
                pre_up TEXT NOT NULL DEFAULT '[]',
                post_up TEXT NOT NULL DEFAULT '[]',
                pre_down TEXT NOT NULL DEFAULT '[]',
                post_down TEXT NOT NULL DEFAULT '[]',
                save_config INTEGER NOT NULL DEFAULT 0,
                external_endpoint TEXT NOT NULL DEFAULT '',
                disabled_at INTEGER,
                created_at INTEGER,
                updated_at INTEGER,
                created_by TEXT NOT NULL DEFAULT '',
                updated_by TEXT NOT NULL DEFAULT ''
            ))"_s,
            uR"(CREATE TABLE peers (
                interface_identifier TEXT NOT NULL
                    REFERENCES interfaces(identifier) ON DELETE CASCADE ON UPDATE CASCADE,
                public_key TEXT NOT NULL,
                private_key TEXT NOT NULL DEFAULT '',
                preshared_key TEXT NOT NULL DEFAULT '',
                display_name TEXT NOT NULL DEFAULT '',
                user_identifier TEXT
                    REFERENCES users(identifier) ON DELETE RESTRICT ON UPDATE CASCADE,
                endpoint TEXT NOT NULL DEFAULT '',
                allowed_ips TEXT NOT NULL DEFAULT '[]',
                addresses TEXT NOT NULL DEFAULT '[]',
                persistent_keepalive INTEGER NOT NULL DEFAULT 0,
                check_address TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                disabled_at INTEGER,
                disabled_reason TEXT NOT NULL DEFAULT '',
                expires_at INTEGER,
                created_at INTEGER,
                updated_at INTEGER,
                created_by TEXT NOT NULL DEFAULT '',
                updated_by TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (interface_identifier, public_key)
            ))"_s,
            u"CREATE INDEX peers_by_user ON peers(user_identifier)"_s,
            uR"(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                delivery_id TEXT NOT NULL UNIQUE,
                entity TEXT NOT NULL,
                event TEXT NOT NULL,
                identifier TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_status INTEGER,
                last_error TEXT,
                next_attempt_at INTEGER,
                delivered_at INTEGER,
                failed_at INTEGER
            ))"_s,
            u"CREATE INDEX outbox_pending ON outbox(id) "
            u"WHERE delivered_at IS NULL AND failed_at IS NULL"_s,
            u"CREATE INDEX outbox_by_entity ON outbox(entity, identifier, id)"_s,
            uR"(CREATE TABLE settings (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ))"_s,
            // The status monitor's last known state per peer (kernel peers too, so no foreign
            // key): connect/disconnect detection survives a restart of the monitor.
            uR"(CREATE TABLE peer_state (
                interface_identifier TEXT NOT NULL,
                public_key TEXT NOT NULL,
                is_connected INTEGER NOT NULL DEFAULT 0,
                is_pingable INTEGER NOT NULL DEFAULT 0,
                last_ping INTEGER,
                last_handshake INTEGER,
                last_session_start INTEGER,
                bytes_received INTEGER NOT NULL DEFAULT 0,
                bytes_transmitted INTEGER NOT NULL DEFAULT 0,
                endpoint TEXT NOT NULL DEFAULT '',
                updated_at INTEGER,
                PRIMARY KEY (interface_identifier, public_key)
            ))"_s,
        },
        // 2: the delivery log. retry_since starts the 24-hour retry window (NULL = created_at;
        // a retry by hand starts a new one); the partial indexes keep the log's "failed" view
        // and the pruning of old deliveries cheap however long the outbox grows.
        {
            u"ALTER TABLE outbox ADD COLUMN retry_since INTEGER"_s,
            u"ALTER TABLE outbox ADD COLUMN last_attempt_at INTEGER"_s,
            u"CREATE INDEX outbox_failed ON outbox(id) WHERE failed_at IS NOT NULL"_s,
            u"CREATE INDEX outbox_delivered ON outbox(delivered_at) WHERE delivered_at IS NOT NULL"_s,
        },
    };
    static_assert(Store::schemaVersion >= 1);
    Q_ASSERT(steps.size() == Store::schemaVersion);
    return steps;
}

QAtomicInteger<quint64> connectionCounter;

// Checks that `path` (a directory or the database file) is private to its owner.
bool checkPrivate(const QString &path, bool directory, QString *error)
{
    struct stat st = {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        if (errno == ENOENT)
            return true; // checked by the caller when it matters
        setError(error, tr("Could not check the permissions of %1: %2.")
                            .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    if (directory && !S_ISDIR(st.st_mode)) {
        setError(error, tr("%1 is not a directory, so the database cannot be kept in it.")
                            .arg(path));
        return false;
    }
    if (!directory && !S_ISREG(st.st_mode)) {
        setError(error, tr("%1 is not a regular file, so it cannot be the database.").arg(path));
        return false;
    }
    if ((st.st_mode & 0066) == 0) // group and others may neither read nor write
        return true;
    if (!directory) {
        setError(error, tr("The database %1 can be read or changed by other users (mode %2), "
                           "and it holds private keys. Make it private with “chmod 600 %1” "
                           "and start again.")
                            .arg(path, modeText(st.st_mode)));
    } else if (st.st_uid == ::geteuid()) {
        setError(error, tr("The directory %1 that holds the database can be read or changed by "
                           "other users (mode %2), and the database holds private keys. Make it "
                           "private with “chmod 700 %1” and start again.")
                            .arg(path, modeText(st.st_mode)));
    } else {
        setError(error, tr("The directory %1 that holds the database belongs to another user and "
                           "can be read or changed by others (mode %2), and the database holds "
                           "private keys. Keep the database in a directory of your own that only "
                           "you can use (“chmod 700 DIR”), with --db or WGDESK_DB.")
                            .arg(path, modeText(st.st_mode)));
    }
    return false;
}

bool ensurePrivateDirectory(const QString &dir, QString *error)
{
    const QByteArray native = QFile::encodeName(dir);
    struct stat st = {};
    if (::stat(native.constData(), &st) == 0)
        return checkPrivate(dir, true, error);
    if (errno != ENOENT) {
        setError(error, tr("Could not check the directory %1: %2.")
                            .arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    const QString parent = QFileInfo(dir).absolutePath();
    if (!QDir().mkpath(parent)) {
        setError(error, tr("Could not create the directory %1.").arg(parent));
        return false;
    }
    if (::mkdir(native.constData(), 0700) != 0) {
        if (errno == EEXIST) // another process was quicker
            return checkPrivate(dir, true, error);
        setError(error, tr("Could not create the directory %1: %2.")
                            .arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    // mkdir's mode is masked by the umask; 0700 is meant exactly.
    if (::chmod(native.constData(), 0700) != 0) {
        setError(error, tr("Could not make the directory %1 private: %2.")
                            .arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    return true;
}

bool ensurePrivateFile(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    // Created here, before SQLite opens it, so that it is never readable by others, whatever the
    // umask.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                          0600);
    if (fd >= 0) {
        const bool ok = ::fchmod(fd, 0600) == 0;
        const int savedErrno = errno;
        ::close(fd);
        if (!ok) {
            setError(error, tr("Could not make the database %1 private: %2.")
                                .arg(path, QString::fromLocal8Bit(std::strerror(savedErrno))));
            return false;
        }
        return true;
    }
    if (errno != EEXIST) {
        setError(error, tr("Could not create the database %1: %2.")
                            .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    if (!checkPrivate(path, false, error))
        return false;
    // SQLite's companion files get the database file's mode, but an old one may be left over.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (!checkPrivate(path + suffix, false, error))
            return false;
    }
    return true;
}

} // namespace

// ---- Store ---------------------------------------------------------------------------------

Store::Store() = default;

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("WGDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/wgdesk/wgdesk.db"_s;
}

bool Store::isOpen() const
{
    return !m_connectionName.isEmpty()
           && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void Store::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_transactionDepth = 0;
}

bool Store::open(const QString &path, QString *error)
{
    close();
    if (path.isEmpty()) {
        setError(error, tr("No database file was given."));
        return false;
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    // Check everything before creating anything, so that a refused database is left as it was.
    if (!ensurePrivateDirectory(info.absolutePath(), error)
        || !ensurePrivateFile(absolute, error))
        return false;

    m_path = absolute;
    m_connectionName = u"wgdesk-store-%1-%2"_s.arg(QString::number(++connectionCounter),
                                                   QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        if (!db.isValid()) {
            setError(error, tr("The SQLite driver for Qt (QSQLITE) is not installed."));
            close();
            return false;
        }
        db.setDatabaseName(absolute);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        if (!db.open()) {
            setError(error, tr("Could not open the database %1: %2.")
                                .arg(absolute, sqlText(db.lastError())));
            close();
            return false;
        }
    }
    if (!setUp(error)) {
        close();
        return false;
    }
    return true;
}

bool Store::setUp(QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    const auto pragma = [&](const QString &statement) {
        if (q.exec(statement))
            return true;
        if (sqliteCode(q.lastError()) == 26 /* SQLITE_NOTADB */) {
            setError(error, tr("%1 is not a WG Desk database (SQLite says: %2).")
                                .arg(m_path, sqlText(q.lastError())));
        } else {
            setError(error, tr("Could not set up the database %1: %2.")
                                .arg(m_path, sqlText(q.lastError())));
        }
        return false;
    };
    if (!pragma(u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs)))
        return false;
    // WAL: readers never block the writer and the writer never blocks readers, so the GUI keeps
    // reading while wgdeskctl writes. Persistent: recorded in the file.
    if (!pragma(u"PRAGMA journal_mode = WAL"_s))
        return false;
    const QString mode = q.next() ? q.value(0).toString().toLower() : QString();
    q.finish();
    if (mode != u"wal"_s) {
        setError(error, tr("The database %1 could not be switched to write-ahead logging (it "
                           "stays in mode “%2”); keep it on a local file system.")
                            .arg(m_path, mode));
        return false;
    }
    // FULL rather than NORMAL: in WAL mode NORMAL may lose the last commits on a power loss, and
    // the webhook contract promises that an event, once its change is reported as done, survives
    // a crash, kill -9 or power loss. WG Desk commits rarely, so the fsync per commit is cheap.
    if (!pragma(u"PRAGMA synchronous = FULL"_s))
        return false;
    if (!pragma(u"PRAGMA foreign_keys = ON"_s))
        return false;
    q.finish();
    return migrate(error);
}

bool Store::migrate(QString *error)
{
    const auto readVersion = [this](int *version, QString *err) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName));
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
            setError(err, tr("Could not read the schema version of %1: %2.")
                              .arg(m_path, sqlText(q.lastError())));
            return false;
        }
        *version = q.value(0).toInt();
        return true;
    };
    const auto newer = [this](int version) {
        return tr("The database %1 was made by a newer WG Desk (schema version %2; this version "
                  "knows up to %3). Update WG Desk, or use another database with --db.")
            .arg(m_path)
            .arg(version)
            .arg(schemaVersion);
    };

    int version = 0;
    if (!readVersion(&version, error))
        return false;
    if (version > schemaVersion) {
        setError(error, newer(version));
        return false;
    }
    if (version == schemaVersion)
        return true;

    // Migrate under the write lock; another process may have done it meanwhile.
    return transaction(
        [&](QString *err) {
            int current = 0;
            if (!readVersion(&current, err))
                return false;
            if (current > schemaVersion) {
                setError(err, newer(current));
                return false;
            }
            QSqlQuery q(QSqlDatabase::database(m_connectionName));
            for (int step = current; step < schemaVersion; ++step) {
                for (const QString &statement : migrations().at(step)) {
                    if (!q.exec(statement)) {
                        setError(err, tr("Could not update the database %1 to schema version "
                                         "%2: %3.")
                                          .arg(m_path)
                                          .arg(step + 1)
                                          .arg(sqlText(q.lastError())));
                        return false;
                    }
                }
            }
            if (!q.exec(u"PRAGMA user_version = %1"_s.arg(schemaVersion))) {
                setError(err, tr("Could not record the schema version of %1: %2.")
                                  .arg(m_path, sqlText(q.lastError())));
                return false;
            }
            return true;
        },
        error);
}

// ---- Transactions --------------------------------------------------------------------------

bool Store::beginImmediate(QString *error)
{
    // BEGIN IMMEDIATE takes the write lock now. A deferred BEGIN would take a read snapshot
    // first and fail with SQLITE_BUSY when it later tries to write after another process did
    // (no busy wait can help then); IMMEDIATE makes writers queue up front instead. SQLite's
    // busy handler already waits up to busy_timeout; the loop covers the cases in which SQLite
    // reports busy without waiting (e.g. while another connection recovers the WAL).
    QDeadlineTimer deadline(busyTimeoutMs);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    for (int attempt = 0;; ++attempt) {
        if (q.exec(u"BEGIN IMMEDIATE"_s))
            return true;
        const QSqlError e = q.lastError();
        if (!isBusy(e) || deadline.hasExpired()) {
            if (isBusy(e)) {
                setError(error, tr("The database %1 stayed busy for more than %2 seconds: "
                                   "another WG Desk process holds it. Try again; if this "
                                   "persists, look for a stuck wgdesk or wgdeskctl process.")
                                    .arg(m_path)
                                    .arg(busyTimeoutMs / 1000));
            } else {
                setError(error, tr("Could not start a transaction on %1: %2.")
                                    .arg(m_path, sqlText(e)));
            }
            return false;
        }
        QThread::msleep(std::min(2 + attempt * 2, 50));
    }
}

bool Store::transaction(const std::function<bool(QString *error)> &body, QString *error)
{
    if (!isOpen()) {
        setError(error, tr("The database is not open."));
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    QString bodyError;

    if (m_transactionDepth > 0) {
        const QString savepoint = u"wgdesk_%1"_s.arg(m_transactionDepth);
        if (!q.exec(u"SAVEPOINT "_s + savepoint)) {
            setError(error, tr("Could not start a transaction on %1: %2.")
                                .arg(m_path, sqlText(q.lastError())));
            return false;
        }
        ++m_transactionDepth;
        bool ok = false;
        try {
            ok = body(&bodyError);
        } catch (...) {
            --m_transactionDepth;
            q.exec(u"ROLLBACK TO "_s + savepoint);
            q.exec(u"RELEASE "_s + savepoint);
            throw;
        }
        --m_transactionDepth;
        if (ok && q.exec(u"RELEASE "_s + savepoint))
            return true;
        if (ok)
            bodyError = tr("Could not save the change in %1: %2.")
                            .arg(m_path, sqlText(q.lastError()));
        q.exec(u"ROLLBACK TO "_s + savepoint);
        q.exec(u"RELEASE "_s + savepoint);
        setError(error, bodyError.isEmpty() ? tr("The change was not saved.") : bodyError);
        return false;
    }

    if (!beginImmediate(error))
        return false;
    m_transactionDepth = 1;
    bool ok = false;
    try {
        ok = body(&bodyError);
    } catch (...) {
        m_transactionDepth = 0;
        q.exec(u"ROLLBACK"_s);
        throw;
    }
    m_transactionDepth = 0;
    if (!ok) {
        q.exec(u"ROLLBACK"_s);
        setError(error, bodyError.isEmpty() ? tr("The change was not saved.") : bodyError);
        return false;
    }
    // We hold the write lock, so COMMIT in WAL mode does not wait for others; retry anyway if
    // SQLite says busy, as it may without WAL.
    QDeadlineTimer deadline(busyTimeoutMs);
    while (!q.exec(u"COMMIT"_s)) {
        const QSqlError e = q.lastError();
        if (!isBusy(e) || deadline.hasExpired()) {
            q.exec(u"ROLLBACK"_s);
            setError(error, tr("Could not save the change in %1: %2.").arg(m_path, sqlText(e)));
            return false;
        }
        QThread::msleep(5);
    }
    return true;
}

qint64 Store::dataVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// ---- Users ---------------------------------------------------------------------------------

std::optional<QList<User>> Store::users(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT * FROM users ORDER BY identifier"_s)) {
        setError(error, tr("Could not read the users from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<User> result;
    while (q.next())
        result.append(userFromRow(q));
    return result;
}

std::optional<User> Store::user(const QString &identifier, QString *error) const
{
    setError(error, QString());
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT * FROM users WHERE identifier = ?"_s);
    q.addBindValue(text(identifier));
    if (!q.exec()) {
        setError(error, tr("Could not read the user %1 from %2: %3.")
                            .arg(quoted(identifier), m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return userFromRow(q);
}

bool Store::insertUser(const User &user, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(insertSql(u"users"_s, userColumns()));
    bindUser(q, user);
    if (q.exec())
        return true;
    if (isConstraint(q.lastError()))
        setError(error, tr("A user %1 already exists.").arg(quoted(user.identifier)));
    else
        setError(error, tr("Could not save the user %1 in %2: %3.")
                            .arg(quoted(user.identifier), m_path, sqlText(q.lastError())));
    return false;
}

bool Store::updateUser(const User &user, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(updateSql(u"users"_s, userColumns(), {u"identifier"_s}));
    bindUser(q, user);
    if (!q.exec()) {
        setError(error, tr("Could not save the user %1 in %2: %3.")
                            .arg(quoted(user.identifier), m_path, sqlText(q.lastError())));
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(error, tr("There is no user %1.").arg(quoted(user.identifier)));
        return false;
    }
    return true;
}

bool Store::removeUser(const QString &identifier, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM users WHERE identifier = ?"_s);
    q.addBindValue(text(identifier));
    if (!q.exec()) {
        if (isConstraint(q.lastError())) {
            const int count = peerCountForUser(identifier, nullptr).value_or(0);
            setError(error, tr("The user %1 still owns %n peer(s); give them another owner or "
                               "remove them first.", nullptr, count)
                                .arg(quoted(identifier)));
        } else {
            setError(error, tr("Could not remove the user %1 from %2: %3.")
                                .arg(quoted(identifier), m_path, sqlText(q.lastError())));
        }
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(error, tr("There is no user %1.").arg(quoted(identifier)));
        return false;
    }
    return true;
}

// ---- Interfaces ----------------------------------------------------------------------------

std::optional<QList<Interface>> Store::interfaces(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT * FROM interfaces ORDER BY identifier"_s)) {
        setError(error, tr("Could not read the interfaces from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<Interface> result;
    while (q.next())
        result.append(interfaceFromRow(q));
    return result;
}

std::optional<Interface> Store::interface(const QString &identifier, QString *error) const
{
    setError(error, QString());
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT * FROM interfaces WHERE identifier = ?"_s);
    q.addBindValue(text(identifier));
    if (!q.exec()) {
        setError(error, tr("Could not read the interface %1 from %2: %3.")
                            .arg(quoted(identifier), m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return interfaceFromRow(q);
}

bool Store::insertInterface(const Interface &interface, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(insertSql(u"interfaces"_s, interfaceColumns()));
    bindInterface(q, interface);
    if (q.exec())
        return true;
    if (isConstraint(q.lastError()))
        setError(error, tr("An interface %1 already exists.").arg(quoted(interface.identifier)));
    else
        setError(error, tr("Could not save the interface %1 in %2: %3.")
                            .arg(quoted(interface.identifier), m_path, sqlText(q.lastError())));
    return false;
}

bool Store::updateInterface(const Interface &interface, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(updateSql(u"interfaces"_s, interfaceColumns(), {u"identifier"_s}));
    bindInterface(q, interface);
    if (!q.exec()) {
        setError(error, tr("Could not save the interface %1 in %2: %3.")
                            .arg(quoted(interface.identifier), m_path, sqlText(q.lastError())));
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(error, tr("There is no interface %1.").arg(quoted(interface.identifier)));
        return false;
    }
    return true;
}

bool Store::removeInterface(const QString &identifier, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM interfaces WHERE identifier = ?"_s); // peers: ON DELETE CASCADE
    q.addBindValue(text(identifier));
    if (!q.exec()) {
        setError(error, tr("Could not remove the interface %1 from %2: %3.")
                            .arg(quoted(identifier), m_path, sqlText(q.lastError())));
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(error, tr("There is no interface %1.").arg(quoted(identifier)));
        return false;
    }
    return true;
}

// ---- Peers ---------------------------------------------------------------------------------

std::optional<QList<Peer>> Store::peers(const QString &interfaceIdentifier, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT * FROM peers WHERE interface_identifier = ? ORDER BY rowid"_s);
    q.addBindValue(text(interfaceIdentifier));
    if (!q.exec()) {
        setError(error, tr("Could not read the peers of %1 from %2: %3.")
                            .arg(quoted(interfaceIdentifier), m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<Peer> result;
    while (q.next())
        result.append(peerFromRow(q));
    return result;
}

std::optional<Peer> Store::peer(const QString &interfaceIdentifier, const QString &publicKey,
                                QString *error) const
{
    setError(error, QString());
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT * FROM peers WHERE interface_identifier = ? AND public_key = ?"_s);
    q.addBindValue(text(interfaceIdentifier));
    q.addBindValue(text(publicKey));
    if (!q.exec()) {
        setError(error, tr("Could not read the peer %1 of %2 from %3: %4.")
                            .arg(publicKey, quoted(interfaceIdentifier), m_path,
                                 sqlText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return peerFromRow(q);
}

bool Store::insertPeer(const Peer &peer, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(insertSql(u"peers"_s, peerColumns()));
    bindPeer(q, peer);
    if (q.exec())
        return true;
    const QSqlError e = q.lastError();
    q.finish();
    if (!isConstraint(e)) {
        setError(error, tr("Could not save the peer %1 in %2: %3.")
                            .arg(peer.publicKey, m_path, sqlText(e)));
    } else if (!interface(peer.interfaceIdentifier, nullptr)) {
        setError(error, tr("There is no interface %1.").arg(quoted(peer.interfaceIdentifier)));
    } else if (!peer.userIdentifier.isEmpty() && !user(peer.userIdentifier, nullptr)) {
        setError(error, tr("There is no user %1 to own the peer.")
                            .arg(quoted(peer.userIdentifier)));
    } else {
        setError(error, tr("The interface %1 already has a peer with the public key %2.")
                            .arg(quoted(peer.interfaceIdentifier), peer.publicKey));
    }
    return false;
}

bool Store::updatePeer(const Peer &peer, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(updateSql(u"peers"_s, peerColumns(),
                        {u"interface_identifier"_s, u"public_key"_s}));
    bindPeer(q, peer);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        if (isConstraint(e) && !peer.userIdentifier.isEmpty()) {
            setError(error, tr("There is no user %1 to own the peer.")
                                .arg(quoted(peer.userIdentifier)));
        } else {
            setError(error, tr("Could not save the peer %1 in %2: %3.")
                                .arg(peer.publicKey, m_path, sqlText(e)));
        }
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(error, tr("The interface %1 has no peer with the public key %2.")
                            .arg(quoted(peer.interfaceIdentifier), peer.publicKey));
        return false;
    }
    return true;
}

bool Store::removePeer(const QString &interfaceIdentifier, const QString &publicKey,
                       QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM peers WHERE interface_identifier = ? AND public_key = ?"_s);
    q.addBindValue(text(interfaceIdentifier));
    q.addBindValue(text(publicKey));
    if (!q.exec()) {
        setError(error, tr("Could not remove the peer %1 from %2: %3.")
                            .arg(publicKey, m_path, sqlText(q.lastError())));
        return false;
    }
    if (q.numRowsAffected() == 0) {
        setError(error, tr("The interface %1 has no peer with the public key %2.")
                            .arg(quoted(interfaceIdentifier), publicKey));
        return false;
    }
    return true;
}

std::optional<int> Store::peerCountForUser(const QString &userIdentifier, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT COUNT(*) FROM peers WHERE user_identifier = ?"_s);
    q.addBindValue(text(userIdentifier));
    if (!q.exec() || !q.next()) {
        setError(error, tr("Could not count the peers of the user %1 in %2: %3.")
                            .arg(quoted(userIdentifier), m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    return q.value(0).toInt();
}

// ---- Settings ------------------------------------------------------------------------------

std::optional<QString> Store::setting(const QString &key, QString *error) const
{
    setError(error, QString());
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(text(key));
    if (!q.exec()) {
        setError(error, tr("Could not read the setting %1 from %2: %3.")
                            .arg(key, m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool Store::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
              u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(text(key));
    q.addBindValue(text(value));
    if (!q.exec()) {
        setError(error, tr("Could not save the setting %1 in %2: %3.")
                            .arg(key, m_path, sqlText(q.lastError())));
        return false;
    }
    return true;
}

bool Store::removeSetting(const QString &key, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    q.addBindValue(text(key));
    if (!q.exec()) {
        setError(error, tr("Could not remove the setting %1 from %2: %3.")
                            .arg(key, m_path, sqlText(q.lastError())));
        return false;
    }
    return true;
}

// ---- Outbox --------------------------------------------------------------------------------

bool Store::enqueueEvent(const QString &entity, const QString &event, const QString &identifier,
                         const QJsonObject &payload, QString *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT 1 FROM settings WHERE key = 'webhook.url' AND value <> ''"_s);
    if (!q.exec()) {
        setError(error, tr("Could not read the webhook settings from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return false;
    }
    if (!q.next())
        return true; // webhooks are off
    q.finish();
    q.prepare(u"INSERT INTO outbox (delivery_id, entity, event, identifier, payload, created_at, "
              u"next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(text(entity));
    q.addBindValue(text(event));
    q.addBindValue(text(identifier));
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        setError(error, tr("Could not record the %1 event of %2 %3 in %4: %5.")
                            .arg(event, entity, quoted(identifier), m_path,
                                 sqlText(q.lastError())));
        return false;
    }
    return true;
}

std::optional<QList<OutboxEvent>> Store::pendingEvents(QString *error, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT %1 FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL "
              u"ORDER BY id LIMIT ?"_s.arg(outboxColumns));
    q.addBindValue(limit > 0 ? qint64(limit) : qint64(-1));
    if (!q.exec()) {
        setError(error, tr("Could not read the webhook outbox from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<OutboxEvent> result;
    while (q.next())
        result.append(outboxFromRow(q));
    return result;
}

std::optional<OutboxEvent> Store::outboxEvent(qint64 id, QString *error) const
{
    setError(error, QString());
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(outboxColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, tr("Could not read the webhook outbox from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return outboxFromRow(q);
}

bool Store::markDelivered(qint64 id, int httpStatus, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_status = ?, last_error = NULL, "
              u"delivered_at = ?, last_attempt_at = ?, next_attempt_at = NULL WHERE id = ?"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(httpStatus);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() == 0) {
        setError(error, tr("Could not record the delivery of webhook event %1 in %2: %3.")
                            .arg(QString::number(id), m_path,
                                 q.lastError().isValid() ? sqlText(q.lastError())
                                                         : tr("no such event")));
        return false;
    }
    return true;
}

bool Store::recordFailedAttempt(qint64 id, int httpStatus, const QString &message,
                                const QDateTime &nextAttemptAt, bool giveUp, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_status = ?, last_error = ?, "
              u"next_attempt_at = ?, failed_at = ?, last_attempt_at = ? WHERE id = ?"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(httpStatus > 0 ? QVariant(httpStatus) : QVariant());
    q.addBindValue(text(message));
    q.addBindValue(giveUp ? QVariant() : msecs(nextAttemptAt));
    q.addBindValue(giveUp ? QVariant(now) : QVariant());
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() == 0) {
        setError(error, tr("Could not record the failed delivery of webhook event %1 in %2: %3.")
                            .arg(QString::number(id), m_path,
                                 q.lastError().isValid() ? sqlText(q.lastError())
                                                         : tr("no such event")));
        return false;
    }
    return true;
}

std::optional<QList<OutboxEvent>> Store::pendingEventsBetween(qint64 afterId, qint64 upToId,
                                                              int limit, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL "
              u"AND id > ? AND id <= ? ORDER BY id LIMIT ?"_s.arg(outboxColumns));
    q.addBindValue(afterId);
    q.addBindValue(upToId);
    q.addBindValue(limit > 0 ? qint64(limit) : qint64(-1));
    if (!q.exec()) {
        setError(error, tr("Could not read the webhook outbox from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<OutboxEvent> result;
    while (q.next())
        result.append(outboxFromRow(q));
    return result;
}

std::optional<QList<OutboxEvent>> Store::pendingEventsOfEntitiesSince(qint64 afterId,
                                                                      QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM outbox o WHERE delivered_at IS NULL AND failed_at IS NULL "
              u"AND EXISTS (SELECT 1 FROM outbox n WHERE n.id > ? AND n.entity = o.entity "
              u"AND n.identifier = o.identifier) ORDER BY id"_s.arg(outboxColumns));
    q.addBindValue(afterId);
    if (!q.exec()) {
        setError(error, tr("Could not read the webhook outbox from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<OutboxEvent> result;
    while (q.next())
        result.append(outboxFromRow(q));
    return result;
}

std::optional<QList<qint64>> Store::duePendingIds(qint64 upToId, const QDateTime &now,
                                                  QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL "
              u"AND id <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id"_s);
    q.addBindValue(upToId);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec()) {
        setError(error, tr("Could not read the webhook outbox from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<qint64> Store::pendingCountUpTo(qint64 upToId, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL "
              u"AND id <= ?"_s);
    q.addBindValue(upToId);
    if (!q.exec() || !q.next()) {
        setError(error, tr("Could not read the webhook outbox from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> Store::lastEventId(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM outbox"_s) || !q.next()) {
        setError(error, tr("Could not read the webhook outbox from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<Store::OutboxCounts> Store::outboxCounts(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT (SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND failed_at "
                u"IS NULL), (SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL)"_s)
        || !q.next()) {
        setError(error, tr("Could not read the webhook outbox from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    return OutboxCounts{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

std::optional<QList<OutboxEvent>> Store::deliveries(DeliveryFilter filter, int limit,
                                                    QString *error) const
{
    QString where;
    switch (filter) {
    case DeliveryFilter::All:
        break;
    case DeliveryFilter::Pending:
        where = u"WHERE delivered_at IS NULL AND failed_at IS NULL"_s;
        break;
    case DeliveryFilter::Failed:
        where = u"WHERE failed_at IS NOT NULL"_s;
        break;
    case DeliveryFilter::Delivered:
        where = u"WHERE delivered_at IS NOT NULL"_s;
        break;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM outbox %2 ORDER BY id DESC LIMIT ?"_s.arg(outboxColumns, where));
    q.addBindValue(limit > 0 ? qint64(limit) : qint64(-1));
    if (!q.exec()) {
        setError(error, tr("Could not read the webhook delivery log from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<OutboxEvent> result;
    while (q.next())
        result.append(outboxFromRow(q));
    return result;
}

bool Store::retryEvent(qint64 id, QString *error)
{
    QString lookupError;
    const std::optional<OutboxEvent> event = outboxEvent(id, &lookupError);
    if (!event) {
        setError(error, lookupError.isEmpty()
                            ? tr("ID: there is no webhook delivery %1.").arg(id)
                            : lookupError);
        return false;
    }
    if (event->deliveredAt.isValid()) {
        setError(error, tr("ID: webhook delivery %1 was delivered on %2; there is nothing to "
                           "retry.")
                            .arg(QString::number(id),
                                 QLocale().toString(event->deliveredAt, QLocale::ShortFormat)));
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE outbox SET failed_at = NULL, next_attempt_at = ?, "
              u"retry_since = CASE WHEN failed_at IS NULL THEN retry_since ELSE ? END "
              u"WHERE id = ? AND delivered_at IS NULL"_s);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, tr("Could not schedule webhook delivery %1 again in %2: %3.")
                            .arg(QString::number(id), m_path, sqlText(q.lastError())));
        return false;
    }
    return true;
}

std::optional<qint64> Store::retryFailedEvents(QString *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE outbox SET failed_at = NULL, next_attempt_at = ?, retry_since = ? "
              u"WHERE failed_at IS NOT NULL"_s);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        setError(error, tr("Could not schedule the failed webhook deliveries again in %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    return q.numRowsAffected();
}

std::optional<qint64> Store::pruneDelivered(const QDateTime &before, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?"_s);
    q.addBindValue(before.toMSecsSinceEpoch());
    if (!q.exec()) {
        setError(error, tr("Could not remove old webhook deliveries from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    return q.numRowsAffected();
}

// ---- Peer state ----------------------------------------------------------------------------

std::optional<QList<Store::PeerState>> Store::peerStates(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT interface_identifier, public_key, is_connected, is_pingable, last_ping, "
                u"last_handshake, last_session_start, updated_at FROM peer_state"_s)) {
        setError(error, tr("Could not read the peers' last known state from %1: %2.")
                            .arg(m_path, sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<PeerState> states;
    while (q.next()) {
        PeerState s;
        s.interfaceIdentifier = q.value(0).toString();
        s.publicKey = q.value(1).toString();
        s.isConnected = q.value(2).toBool();
        s.isPingable = q.value(3).toBool();
        s.lastPing = dateTime(q.value(4));
        s.lastHandshakeNs = q.value(5).toLongLong();
        s.lastSessionStartNs = q.value(6).toLongLong();
        s.updatedAt = dateTime(q.value(7));
        states.append(s);
    }
    return states;
}

bool Store::savePeerState(const PeerState &state, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT OR REPLACE INTO peer_state (interface_identifier, public_key, is_connected, "
              u"is_pingable, last_ping, last_handshake, last_session_start, updated_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(state.interfaceIdentifier);
    q.addBindValue(state.publicKey);
    q.addBindValue(state.isConnected ? 1 : 0);
    q.addBindValue(state.isPingable ? 1 : 0);
    q.addBindValue(msecs(state.lastPing));
    q.addBindValue(state.lastHandshakeNs ? QVariant(state.lastHandshakeNs) : QVariant());
    q.addBindValue(state.lastSessionStartNs ? QVariant(state.lastSessionStartNs) : QVariant());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        setError(error, tr("Could not save the state of peer %1 in %2: %3.")
                            .arg(state.publicKey, m_path, sqlText(q.lastError())));
        return false;
    }
    return true;
}

bool Store::removePeerState(const QString &interfaceIdentifier, const QString &publicKey,
                            QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM peer_state WHERE interface_identifier = ? AND public_key = ?"_s);
    q.addBindValue(interfaceIdentifier);
    q.addBindValue(publicKey);
    if (!q.exec()) {
        setError(error, tr("Could not forget the state of peer %1 in %2: %3.")
                            .arg(publicKey, m_path, sqlText(q.lastError())));
        return false;
    }
    return true;
}

bool Store::recordPings(const QList<std::pair<std::pair<QString, QString>, QDateTime>> &answered,
                        QString *error)
{
    return transaction(
        [&](QString *err) {
            QSqlQuery q(QSqlDatabase::database(m_connectionName));
            q.prepare(u"INSERT INTO peer_state (interface_identifier, public_key, last_ping, "
                      u"updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (interface_identifier, "
                      u"public_key) DO UPDATE SET last_ping = excluded.last_ping, "
                      u"updated_at = excluded.updated_at"_s);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const auto &[peer, at] : answered) {
                q.addBindValue(peer.first);
                q.addBindValue(peer.second);
                q.addBindValue(msecs(at));
                q.addBindValue(now);
                if (!q.exec()) {
                    setError(err, tr("Could not save the ping checks in %1: %2.")
                                      .arg(m_path, sqlText(q.lastError())));
                    return false;
                }
            }
            return true;
        },
        error);
}

} // namespace wgdesk::app
