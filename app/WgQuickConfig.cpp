#include "WgQuickConfig.h"

#include "Keys.h"
#include "Validation.h"
#include "WireGuardTypes.h"

#include <QCoreApplication>
#include <QSet>

#include <sys/socket.h>

#include <algorithm>
#include <array>

namespace wgdesk::app {

using namespace Qt::StringLiterals;
using platform::IpPrefix;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WgQuickConfig", text);
}

QString atLine(int line, const QString &sentence)
{
    return tr("Line %1: %2").arg(QString::number(line), sentence);
}

// What wg-quick and wg do with the keys: a scalar is set (a repeat replaces it), a list key's
// comma-separated entries accumulate, a hook's lines accumulate one command each.
enum class Kind { Scalar, List, Hook };
enum class SectionKind { None, Interface, Peer };

struct KeyInfo
{
    QStringView name; // canonical spelling
    SectionKind section;
    Kind kind;
};

constexpr std::array<KeyInfo, 17> knownKeys{{
    {u"PrivateKey", SectionKind::Interface, Kind::Scalar},
    {u"ListenPort", SectionKind::Interface, Kind::Scalar},
    {u"FwMark", SectionKind::Interface, Kind::Scalar},
    {u"Address", SectionKind::Interface, Kind::List},
    {u"DNS", SectionKind::Interface, Kind::List},
    {u"MTU", SectionKind::Interface, Kind::Scalar},
    {u"Table", SectionKind::Interface, Kind::Scalar},
    {u"PreUp", SectionKind::Interface, Kind::Hook},
    {u"PostUp", SectionKind::Interface, Kind::Hook},
    {u"PreDown", SectionKind::Interface, Kind::Hook},
    {u"PostDown", SectionKind::Interface, Kind::Hook},
    {u"SaveConfig", SectionKind::Interface, Kind::Scalar},
    {u"PublicKey", SectionKind::Peer, Kind::Scalar},
    {u"PresharedKey", SectionKind::Peer, Kind::Scalar},
    {u"AllowedIPs", SectionKind::Peer, Kind::List},
    {u"Endpoint", SectionKind::Peer, Kind::Scalar},
    {u"PersistentKeepalive", SectionKind::Peer, Kind::Scalar},
}};

const KeyInfo *findKey(const QString &key, SectionKind section)
{
    for (const KeyInfo &info : knownKeys)
        if (info.section == section && key.compare(info.name, Qt::CaseInsensitive) == 0)
            return &info;
    return nullptr;
}

QString sectionName(SectionKind section)
{
    return section == SectionKind::Interface ? u"Interface"_s : u"Peer"_s;
}

QString hookId(QStringView name, qsizetype index)
{
    return name.toString() + u'/' + QString::number(index);
}

bool isDigits(const QString &text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A decimal number of at most `maxDigits` digits (so that it fits), else nullopt.
std::optional<qint64> decimal(const QString &text, int maxDigits = 12)
{
    if (!isDigits(text) || text.size() > maxDigits)
        return std::nullopt;
    return text.toLongLong();
}

// wg's parse_fwmark: "off", a decimal number, or 0x and hexadecimal digits; at most 32 bits.
std::optional<quint32> parseFwMark(const QString &text)
{
    if (text.compare(u"off"_s, Qt::CaseInsensitive) == 0)
        return 0;
    bool ok = false;
    qulonglong value = 0;
    if (text.size() > 2 && text.startsWith(u"0x"_s)) {
        const QString digits = text.mid(2);
        const bool hex = std::all_of(digits.begin(), digits.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
        if (!hex || digits.size() > 16)
            return std::nullopt;
        value = digits.toULongLong(&ok, 16);
    } else {
        if (!isDigits(text) || text.size() > 19)
            return std::nullopt;
        value = text.toULongLong(&ok, 10);
    }
    if (!ok || value > 0xffffffffULL)
        return std::nullopt;
    return static_cast<quint32>(value);
}

// Splits "a, b c" the way wg-quick splits Address and DNS (${value//,/ }, then words).
QStringList wordsAndCommas(const QString &value)
{
    QString spaced = value;
    spaced.replace(u',', u' ');
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

// The DNS check of validateInterface, for one entry.
QString dnsProblem(const QString &entry)
{
    if (entry.contains(u'/'))
        return tr("%1: “%2” is neither an IP address nor a search domain.")
            .arg(u"DNS"_s, entry);
    Interface probe;
    probe.identifier = u"wg0"_s;
    probe.dns = {entry};
    for (const FieldProblem &problem : validateInterface(probe))
        if (problem.field == u"DNS"_s && !problem.warning)
            return problem.message;
    return {};
}

class Parser
{
public:
    explicit Parser(const QString &interfaceName) : m_interfaceName(interfaceName) {}

    std::optional<WgQuickFile> run(const QString &text, QString *error)
    {
        if (!parse(text)) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return std::move(m_file);
    }

private:
    struct Section
    {
        SectionKind kind = SectionKind::None;
        int headerLine = 0;
        WgQuickComments comments;
        QHash<QString, int> scalarLines; // canonical key -> line it was last set on
        int publicKeyLine = 0;
        int mtuLine = 0;
        Peer peer;
    };

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool parse(const QString &text)
    {
        const QString name = m_interfaceName.trimmed();
        if (const QString problem = checkInterfaceName(tr("Interface name"), name);
            !problem.isEmpty())
            return fail(problem);
        m_file.interface.identifier = name;

        QStringList lines = text.split(u'\n');
        if (!lines.isEmpty() && lines.first().startsWith(QChar(0xfeff)))
            lines.first().remove(0, 1);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!parseLine(static_cast<int>(i + 1), lines.at(i)))
                return false;
        }
        if (!closeSection())
            return false;
        m_file.trailingComments = m_pending;
        if (m_interfaceLine == 0)
            return fail(tr("The file has no [Interface] section."));
        for (const Peer &peer : m_file.peers) {
            if (!m_file.interface.publicKey.isEmpty()
                && peer.publicKey == m_file.interface.publicKey)
                m_file.warnings.append(
                    atLine(m_peerLines.value(peer.publicKey),
                           tr("PublicKey: it is the interface's own public key; the kernel "
                              "ignores this peer.")));
        }
        return true;
    }

    bool parseLine(int number, QString line)
    {
        if (line.endsWith(u'\r'))
            line.chop(1);
        // wg-quick strips from the first "#" to the end of the line (${line%%\#*}); so does wg.
        QString comment;
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0) {
            comment = line.mid(hash);
            while (!comment.isEmpty() && comment.back().isSpace())
                comment.chop(1);
            line.truncate(hash);
        }
        const QString content = line.trimmed();
        if (content.isEmpty()) {
            if (!comment.isEmpty())
                m_pending.append(comment);
            return true;
        }
        if (content.startsWith(u'['))
            return parseHeader(number, content, comment);

        const qsizetype equals = content.indexOf(u'=');
        if (equals < 0)
            return fail(atLine(number, tr("“%1” is neither a section header such as "
                                          "[Peer] nor of the form Key = Value.")
                                           .arg(content)));
        const QString key = content.left(equals).trimmed();
        const QString value = content.mid(equals + 1).trimmed();
        if (key.isEmpty())
            return fail(atLine(number, tr("there is no key before “=”.")));
        if (m_section.kind == SectionKind::None)
            return fail(atLine(number, tr("%1 comes before any section; keys belong under "
                                          "[Interface] or [Peer].")
                                           .arg(key)));
        const KeyInfo *info = findKey(key, m_section.kind);
        if (!info)
            return fail(atLine(number, tr("unknown key “%1” in [%2].")
                                           .arg(key, sectionName(m_section.kind))));
        const QString canonical = info->name.toString();
        if (value.isEmpty() && info->kind != Kind::List)
            return fail(atLine(number, tr("%1 has no value.").arg(canonical)));

        QString id = canonical;
        if (info->kind == Kind::Hook) {
            const QStringList *hooks = hookList(canonical);
            id = hookId(info->name, hooks->size());
        } else if (info->kind == Kind::Scalar) {
            if (canonical == u"PublicKey"_s && m_section.publicKeyLine != 0)
                return fail(atLine(number, tr("the [Peer] section of line %1 has a second "
                                              "PublicKey (the first is on line %2).")
                                               .arg(QString::number(m_section.headerLine),
                                                    QString::number(m_section.publicKeyLine))));
            if (const int previous = m_section.scalarLines.value(canonical); previous != 0)
                m_file.warnings.append(atLine(number, tr("%1 is given again; it replaces the "
                                                         "value of line %2.")
                                                          .arg(canonical,
                                                               QString::number(previous))));
            m_section.scalarLines.insert(canonical, number);
        }
        if (!(m_section.kind == SectionKind::Interface ? interfaceValue(number, canonical, value)
                                                       : peerValue(number, canonical, value)))
            return false;
        attachComments(id, comment);
        return true;
    }

    bool parseHeader(int number, const QString &content, const QString &comment)
    {
        SectionKind kind = SectionKind::None;
        if (content.compare(u"[Interface]"_s, Qt::CaseInsensitive) == 0)
            kind = SectionKind::Interface;
        else if (content.compare(u"[Peer]"_s, Qt::CaseInsensitive) == 0)
            kind = SectionKind::Peer;
        else
            return fail(atLine(number, tr("unknown section “%1”; a wg-quick file has "
                                          "[Interface] and [Peer] sections.")
                                           .arg(content)));
        if (!closeSection())
            return false;
        if (kind == SectionKind::Interface) {
            if (m_interfaceLine != 0)
                return fail(atLine(number, tr("a second [Interface] section; the first is on "
                                              "line %1.")
                                               .arg(QString::number(m_interfaceLine))));
            m_interfaceLine = number;
        }
        m_section = Section();
        m_section.kind = kind;
        m_section.headerLine = number;
        m_section.comments.header = m_pending;
        m_section.comments.headerTrailing = comment;
        m_section.peer.interfaceIdentifier = m_file.interface.identifier;
        m_pending.clear();
        return true;
    }

    bool closeSection()
    {
        if (m_section.kind == SectionKind::Interface) {
            Interface &interface = m_file.interface;
            bool hasIpv6 = false;
            for (const QString &address : interface.addresses)
                if (const auto prefix = IpPrefix::parse(address); prefix && prefix->family == AF_INET6)
                    hasIpv6 = true;
            if (const QString problem = checkMtu(u"MTU"_s, interface.mtu, hasIpv6);
                !problem.isEmpty())
                return fail(atLine(m_section.mtuLine, problem));
            m_file.interfaceComments = m_section.comments;
        } else if (m_section.kind == SectionKind::Peer) {
            if (m_section.publicKeyLine == 0)
                return fail(atLine(m_section.headerLine,
                                   tr("the [Peer] section has no PublicKey.")));
            if (!m_section.comments.isEmpty())
                m_file.peerComments.insert(m_section.peer.publicKey, m_section.comments);
            m_peerLines.insert(m_section.peer.publicKey, m_section.headerLine);
            m_file.peers.push_back(m_section.peer);
        }
        m_section = Section();
        return true;
    }

    void attachComments(const QString &id, const QString &trailing)
    {
        WgQuickComments &comments = m_section.comments;
        if (!m_pending.isEmpty()) {
            comments.beforeKey[id].append(m_pending);
            m_pending.clear();
        }
        if (!trailing.isEmpty()) {
            QString &existing = comments.trailing[id];
            if (existing.isEmpty())
                existing = trailing;
            else
                comments.beforeKey[id].append(trailing);
        }
    }

    QStringList *hookList(const QString &canonical)
    {
        Interface &interface = m_file.interface;
        if (canonical == u"PreUp"_s)
            return &interface.preUp;
        if (canonical == u"PostUp"_s)
            return &interface.postUp;
        if (canonical == u"PreDown"_s)
            return &interface.preDown;
        return &interface.postDown;
    }

    // Allowed IPs and addresses: "address/length"; a bare address gets its full length.
    std::optional<IpPrefix> prefix(int number, const QString &key, const QString &entry)
    {
        const auto parsed = IpPrefix::parse(entry);
        if (!parsed)
            fail(atLine(number, checkCidr(key, entry, true)));
        return parsed;
    }

    bool interfaceValue(int number, const QString &key, const QString &value)
    {
        Interface &interface = m_file.interface;
        if (key == u"PrivateKey"_s) {
            if (const QString problem = checkKey(key, value); !problem.isEmpty())
                return fail(atLine(number, problem));
            const auto privateKey = platform::Key::fromBase64(value);
            interface.privateKey = privateKey->toBase64();
            interface.publicKey = platform::keys::publicKey(*privateKey).toBase64();
        } else if (key == u"ListenPort"_s) {
            const auto port = decimal(value, 9);
            if (!port)
                return fail(atLine(number, tr("%1: “%2” is not a port number from 0 "
                                              "(random) to 65535.")
                                               .arg(key, value)));
            if (const QString problem = checkPort(key, static_cast<int>(*port), true);
                !problem.isEmpty())
                return fail(atLine(number, problem));
            interface.listenPort = static_cast<int>(*port);
        } else if (key == u"FwMark"_s) {
            const auto mark = parseFwMark(value);
            if (!mark)
                return fail(atLine(number, tr("%1: “%2” is not off or a number up to "
                                              "4294967295 (decimal, or hexadecimal after 0x).")
                                               .arg(key, value)));
            interface.firewallMark = *mark;
        } else if (key == u"Address"_s) {
            for (const QString &entry : wordsAndCommas(value)) {
                const auto address = prefix(number, key, entry);
                if (!address)
                    return false;
                interface.addresses.append(address->toString());
            }
        } else if (key == u"DNS"_s) {
            for (const QString &entry : wordsAndCommas(value)) {
                if (const QString problem = dnsProblem(entry); !problem.isEmpty())
                    return fail(atLine(number, problem));
                interface.dns.append(entry);
            }
        } else if (key == u"MTU"_s) {
            const auto mtu = decimal(value, 9);
            if (!mtu)
                return fail(atLine(number, tr("%1: “%2” is not a number of bytes.")
                                               .arg(key, value)));
            // Checked when the section ends: the minimum depends on the addresses.
            interface.mtu = static_cast<int>(*mtu);
            m_section.mtuLine = number;
        } else if (key == u"Table"_s) {
            const QString lower = value.toLower();
            const auto table = decimal(value, 10);
            if (lower == u"off"_s || lower == u"auto"_s)
                interface.table = lower;
            else if (table && *table <= 0xffffffffLL)
                interface.table = QString::number(*table);
            else
                return fail(atLine(number, tr("%1: “%2” is not off, auto or a table "
                                              "number.")
                                               .arg(key, value)));
        } else if (key == u"SaveConfig"_s) {
            if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0)
                interface.saveConfig = true;
            else if (value.compare(u"false"_s, Qt::CaseInsensitive) == 0)
                interface.saveConfig = false;
            else
                return fail(atLine(number, tr("%1: “%2” is neither true nor false.")
                                               .arg(key, value)));
        } else {
            // The hooks: kept verbatim, %i included; wg-quick runs them in bash.
            hookList(key)->append(value);
        }
        return true;
    }

    bool peerValue(int number, const QString &key, const QString &value)
    {
        Peer &peer = m_section.peer;
        if (key == u"PublicKey"_s) {
            if (const QString problem = checkKey(key, value); !problem.isEmpty())
                return fail(atLine(number, problem));
            peer.publicKey = platform::Key::fromBase64(value)->toBase64();
            if (const int other = m_peerLines.value(peer.publicKey); other != 0)
                return fail(atLine(number, tr("%1: the [Peer] section of line %2 has the same "
                                              "public key; each peer needs its own.")
                                               .arg(key, QString::number(other))));
            m_section.publicKeyLine = number;
        } else if (key == u"PresharedKey"_s) {
            if (const QString problem = checkKey(key, value); !problem.isEmpty())
                return fail(atLine(number, problem));
            peer.presharedKey = platform::Key::fromBase64(value)->toBase64();
        } else if (key == u"AllowedIPs"_s) {
            if (value.isEmpty())
                return true;
            // wg splits on commas only; an empty entry ("a,,b") is an error there too.
            for (const QString &rawEntry : value.split(u',')) {
                const QString entry = rawEntry.trimmed();
                auto allowed = prefix(number, key, entry);
                if (!allowed)
                    return false;
                if (allowed->hasHostBits()) {
                    const IpPrefix network = allowed->network();
                    m_file.warnings.append(
                        atLine(number, tr("%1: %2 has host bits set; it is imported as %3, as the "
                                          "kernel stores it.")
                                           .arg(key, entry, network.toString())));
                    allowed = network;
                }
                peer.allowedIps.append(allowed->toString());
            }
        } else if (key == u"Endpoint"_s) {
            if (const QString problem = checkEndpoint(key, value); !problem.isEmpty())
                return fail(atLine(number, problem));
            peer.endpoint = value;
        } else { // PersistentKeepalive
            const auto seconds = value.compare(u"off"_s, Qt::CaseInsensitive) == 0
                                     ? std::optional<qint64>(0)
                                     : decimal(value, 9);
            if (!seconds || *seconds > 65535)
                return fail(atLine(number, tr("%1: “%2” is not a number of seconds from "
                                              "0 (off) to 65535.")
                                               .arg(key, value)));
            peer.persistentKeepalive = static_cast<int>(*seconds);
        }
        return true;
    }

    QString m_interfaceName;
    WgQuickFile m_file;
    QString m_error;
    Section m_section;
    QStringList m_pending; // full-line comments not yet attached
    int m_interfaceLine = 0;
    QHash<QString, int> m_peerLines; // public key -> line of its [Peer]
};

class Writer
{
public:
    QString text;

    void section(const QString &header, const WgQuickComments &comments)
    {
        m_comments = &comments;
        m_written.clear();
        if (!text.isEmpty())
            text += u'\n';
        for (const QString &comment : comments.header)
            text += comment + u'\n';
        text += header;
        if (!comments.headerTrailing.isEmpty())
            text += u' ' + comments.headerTrailing;
        text += u'\n';
    }

    bool hasComments(const QString &id) const
    {
        return m_comments->beforeKey.contains(id) || m_comments->trailing.contains(id);
    }

    void line(const QString &id, const QString &key, const QString &value)
    {
        m_written.insert(id);
        for (const QString &comment : m_comments->beforeKey.value(id))
            text += comment + u'\n';
        text += value.isEmpty() ? key + u" ="_s : key + u" = "_s + value;
        if (const QString trailing = m_comments->trailing.value(id); !trailing.isEmpty())
            text += u' ' + trailing;
        text += u'\n';
    }

    // Writes the line if `write`, or if comments are attached to it (with the default value,
    // so that they keep their place).
    void optional(const QString &key, bool write, const QString &value, const QString &defaultValue)
    {
        if (write)
            line(key, key, value);
        else if (hasComments(key))
            line(key, key, defaultValue);
    }

    // Comments whose key has no line any more: kept at the end of the section.
    void endSection()
    {
        QStringList ids;
        for (auto it = m_comments->beforeKey.begin(); it != m_comments->beforeKey.end(); ++it)
            ids.append(it.key());
        for (auto it = m_comments->trailing.begin(); it != m_comments->trailing.end(); ++it)
            ids.append(it.key());
        ids.sort();
        ids.removeDuplicates();
        for (const QString &id : std::as_const(ids)) {
            if (m_written.contains(id))
                continue;
            for (const QString &comment : m_comments->beforeKey.value(id))
                text += comment + u'\n';
            if (const QString trailing = m_comments->trailing.value(id); !trailing.isEmpty())
                text += trailing + u'\n';
        }
    }

private:
    const WgQuickComments *m_comments = nullptr;
    QSet<QString> m_written;
};

} // namespace

std::optional<WgQuickFile> parseWgQuick(const QString &text, const QString &interfaceName,
                                        QString *error)
{
    return Parser(interfaceName).run(text, error);
}

QString writeWgQuick(const WgQuickFile &file)
{
    Writer w;
    const Interface &interface = file.interface;
    w.section(u"[Interface]"_s, file.interfaceComments);
    if (!interface.privateKey.isEmpty())
        w.line(u"PrivateKey"_s, u"PrivateKey"_s, interface.privateKey);
    w.optional(u"ListenPort"_s, interface.listenPort != 0, QString::number(interface.listenPort),
               u"0"_s);
    w.optional(u"FwMark"_s, interface.firewallMark != 0,
               u"0x"_s + QString::number(interface.firewallMark, 16), u"off"_s);
    w.optional(u"Address"_s, !interface.addresses.isEmpty(), interface.addresses.join(u", "_s), {});
    w.optional(u"DNS"_s, !interface.dns.isEmpty(), interface.dns.join(u", "_s), {});
    w.optional(u"MTU"_s, interface.mtu != 0, QString::number(interface.mtu), u"0"_s);
    if (!interface.table.isEmpty())
        w.line(u"Table"_s, u"Table"_s, interface.table);
    const std::array<std::pair<QString, const QStringList *>, 4> hooks{{
        {u"PreUp"_s, &interface.preUp},
        {u"PostUp"_s, &interface.postUp},
        {u"PreDown"_s, &interface.preDown},
        {u"PostDown"_s, &interface.postDown},
    }};
    for (const auto &[name, commands] : hooks)
        for (qsizetype i = 0; i < commands->size(); ++i)
            w.line(hookId(name, i), name, commands->at(i));
    w.optional(u"SaveConfig"_s, interface.saveConfig, u"true"_s, u"false"_s);
    w.endSection();

    const WgQuickComments none;
    for (const Peer &peer : file.peers) {
        const auto comments = file.peerComments.constFind(peer.publicKey);
        w.section(u"[Peer]"_s, comments == file.peerComments.cend() ? none : *comments);
        w.line(u"PublicKey"_s, u"PublicKey"_s, peer.publicKey);
        if (!peer.presharedKey.isEmpty())
            w.line(u"PresharedKey"_s, u"PresharedKey"_s, peer.presharedKey);
        w.optional(u"AllowedIPs"_s, !peer.allowedIps.isEmpty(), peer.allowedIps.join(u", "_s), {});
        if (!peer.endpoint.isEmpty())
            w.line(u"Endpoint"_s, u"Endpoint"_s, peer.endpoint);
        w.optional(u"PersistentKeepalive"_s, peer.persistentKeepalive != 0,
                   QString::number(peer.persistentKeepalive), u"off"_s);
        w.endSection();
    }

    if (!file.trailingComments.isEmpty()) {
        w.text += u'\n';
        for (const QString &comment : file.trailingComments)
            w.text += comment + u'\n';
    }
    return w.text;
}

} // namespace wgdesk::app
