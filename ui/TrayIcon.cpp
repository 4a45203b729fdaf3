#include "TrayIcon.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

#include <climits>

namespace wgdesk::ui {

using namespace Qt::StringLiterals;

namespace {

// Deliveries fail now when the last attempt failed after the last success, or some were given
// up for good (the dispatcher keeps its last error after a success).
bool deliveriesFailing(const app::DeliveryQueueState &s)
{
    if (!s.enabled)
        return false;
    if (s.failed > 0)
        return true;
    return !s.lastError.isEmpty() &&
           (!s.lastDeliveredAt.isValid() || !(s.lastErrorAt < s.lastDeliveredAt));
}

constexpr int noticeMilliseconds = 6000;

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_retryTimer(new QTimer(this))
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_showAction = m_menu->addAction(QString());
    m_showAction->setObjectName(u"showWindow"_s);
    connect(m_showAction, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    m_interfaceSeparator = m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    m_quitAction->setObjectName(u"quit"_s);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_retryTimer->setInterval(1000);
    connect(m_retryTimer, &QTimer::timeout, this, &TrayIcon::tryCreate);

    retranslate();
}

TrayIcon::~TrayIcon()
{
    // The tray icon refers to the menu: it goes first.
    delete m_tray;
    m_tray = nullptr;
}

TrayIcon::State TrayIcon::stateFor(const QList<TrayInterface> &interfaces,
                                   const app::DeliveryQueueState &webhooks, bool permissionMissing)
{
    if (permissionMissing)
        return State::NoPermission;
    if (deliveriesFailing(webhooks))
        return State::DeliveriesFailing;
    if (interfaces.isEmpty())
        return State::Idle;
    for (const TrayInterface &i : interfaces)
        if (!i.up)
            return State::SomeDown;
    return State::AllUp;
}

QString TrayIcon::iconNameFor(State state)
{
    switch (state) {
    case State::Idle:
        return u":/icons/tray-idle.svg"_s;
    case State::AllUp:
        return u":/icons/tray-ok.svg"_s;
    case State::SomeDown:
        return u":/icons/tray-some-down.svg"_s;
    case State::DeliveriesFailing:
        return u":/icons/tray-webhooks-failing.svg"_s;
    case State::NoPermission:
        return u":/icons/tray-no-permission.svg"_s;
    }
    return u":/icons/wgdesk.svg"_s;
}

void TrayIcon::setInterfaces(const QList<TrayInterface> &interfaces)
{
    if (interfaces == m_interfaces)
        return;
    bool sameNames = interfaces.size() == m_interfaces.size();
    for (qsizetype i = 0; sameNames && i < interfaces.size(); ++i)
        sameNames = interfaces.at(i).name == m_interfaces.at(i).name;
    m_interfaces = interfaces;
    // Counts change every poll: the menu is rebuilt only when interfaces come or go.
    if (sameNames)
        updateInterfaceActions();
    else
        rebuildInterfaceActions();
    update();
}

void TrayIcon::setWebhookState(const app::DeliveryQueueState &state)
{
    m_webhooks = state;
    update();
}

void TrayIcon::setPermissionMissing(bool missing)
{
    if (missing == m_permissionMissing)
        return;
    m_permissionMissing = missing;
    updateInterfaceActions();
    update();
}

void TrayIcon::setNoticesEnabled(bool enabled)
{
    m_noticesEnabled = enabled;
}

void TrayIcon::notifyConnection(const QString &interfaceName, const QString &peerName,
                                bool connected)
{
    if (!m_noticesEnabled)
        return;
    const QString peer = peerName.isEmpty() ? tr("A peer") : peerName;
    const QString title =
        connected ? tr("%1 connected").arg(peer) : tr("%1 disconnected").arg(peer);
    const QString message = connected
                                ? tr("%1 is now connected on %2.").arg(peer, interfaceName)
                                : tr("%1 is no longer connected on %2.").arg(peer, interfaceName);
    Q_EMIT noticeGiven(title, message);
    if (isShown() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QIcon(iconName()), noticeMilliseconds);
}

void TrayIcon::setVisible(bool visible)
{
    m_visible = visible;
    if (!visible) {
        m_retryTimer->stop();
        if (m_tray && m_tray->isVisible()) {
            m_tray->hide();
            Q_EMIT shownChanged(false);
        }
        return;
    }
    if (m_tray) {
        if (!m_tray->isVisible()) {
            m_tray->show();
            Q_EMIT shownChanged(true);
        }
        return;
    }
    m_retriesLeft = trayRetries;
    tryCreate();
}

bool TrayIcon::isShown() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::tryCreate()
{
    if (!m_visible || m_tray) {
        m_retryTimer->stop();
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // The panel may start after us at login: try again a little later, then give up.
        if (m_retriesLeft-- > 0) {
            if (!m_retryTimer->isActive())
                m_retryTimer->start();
        } else {
            m_retryTimer->stop();
        }
        return;
    }
    m_retryTimer->stop();
    m_tray = new QSystemTrayIcon(QIcon(iconName()), this);
    m_tray->setToolTip(m_toolTip);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::MiddleClick)
                    Q_EMIT activated();
            });
    m_tray->show();
    Q_EMIT shownChanged(true);
}

void TrayIcon::retranslate()
{
    m_showAction->setText(tr("&Show WG Desk"));
    m_quitAction->setText(tr("&Quit"));
    updateInterfaceActions();
    update();
}

void TrayIcon::rebuildInterfaceActions()
{
    qDeleteAll(m_interfaceActions);
    m_interfaceActions.clear();
    QAction *before = m_interfaceSeparator;
    for (qsizetype i = m_interfaces.size() - 1; i >= 0; --i) {
        const QString name = m_interfaces.at(i).name;
        auto *action = new QAction(m_menu.get());
        action->setObjectName(u"interface:"_s + name);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, action, name](bool checked) {
            // The check mark shows what runs: it changes when setInterfaces says so.
            action->setChecked(!checked);
            Q_EMIT setInterfaceUpRequested(name, checked);
        });
        m_menu->insertAction(before, action);
        before = action;
        m_interfaceActions.prepend(action);
    }
    updateInterfaceActions();
}

void TrayIcon::updateInterfaceActions()
{
    for (qsizetype i = 0; i < m_interfaceActions.size() && i < m_interfaces.size(); ++i) {
        QAction *action = m_interfaceActions.at(i);
        const TrayInterface &interface = m_interfaces.at(i);
        action->setText(tr("%1 up").arg(interface.name));
        action->setChecked(interface.up);
        action->setEnabled(!m_permissionMissing);
    }
}

void TrayIcon::update()
{
    m_state = stateFor(m_interfaces, m_webhooks, m_permissionMissing);
    m_toolTip = makeToolTip();
    if (m_tray) {
        m_tray->setIcon(QIcon(iconName()));
        m_tray->setToolTip(m_toolTip);
    }
}

QString TrayIcon::makeToolTip() const
{
    QStringList lines{tr("WG Desk")};
    if (m_permissionMissing)
        lines.append(tr("Read-only: WG Desk lacks the CAP_NET_ADMIN permission that managing "
                        "WireGuard needs."));
    if (m_interfaces.isEmpty())
        lines.append(tr("No WireGuard interfaces"));
    for (const TrayInterface &i : m_interfaces) {
        if (i.up)
            lines.append(
                tr("%1: %2 of %n peers connected", nullptr, i.peers).arg(i.name).arg(i.connected));
        else
            lines.append(tr("%1: down").arg(i.name));
    }
    if (m_webhooks.enabled) {
        if (m_webhooks.failed > 0)
            lines.append(tr("Webhooks: %n events could not be delivered", nullptr,
                            int(qMin<qint64>(m_webhooks.failed, INT_MAX))));
        if (deliveriesFailing(m_webhooks) && !m_webhooks.lastError.isEmpty())
            lines.append(tr("Webhooks: %n events waiting; the last attempt failed: %1", nullptr,
                            int(qMin<qint64>(m_webhooks.pending, INT_MAX)))
                             .arg(m_webhooks.lastError));
    }
    return lines.join(u'\n');
}

} // namespace wgdesk::ui
