#include "MainWindow.h"

#include "BackendThread.h"
#include "InterfaceOverview.h"
#include "InterfacesModel.h"
#include "PeerStatus.h"
#include "WebhookDispatcher.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace wgdesk::ui {

MainWindow::MainWindow(app::BackendThread *backend, const QString &backendError, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_model(new models::InterfacesModel(this))
    , m_table(new QTableView)
    , m_banner(new QLabel)
    , m_webhookStatus(new QLabel)
    , m_peerStatus(new QLabel)
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("WG Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wgdesk.svg")));
    resize(900, 480);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(models::InterfacesModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::InterfacesModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setContentsMargins(8, 8, 8, 8);
    m_banner->hide();

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_table);
    setCentralWidget(central);

    auto *refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                      tr("&Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                   tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(quitAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(refreshAction);
    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(refreshAction);

    m_webhookStatus->setObjectName(QStringLiteral("webhookStatus"));
    m_peerStatus->setObjectName(QStringLiteral("peerStatus"));
    statusBar()->addPermanentWidget(m_peerStatus);
    statusBar()->addPermanentWidget(m_webhookStatus);

    if (m_backend) {
        statusBar()->showMessage(tr("Backend: %1").arg(m_backend->backendKind()));
        m_timer->setInterval(2000);
        connect(m_timer, &QTimer::timeout, this, &MainWindow::refresh);
        m_timer->start();
        QTimer::singleShot(0, this, &MainWindow::refresh);
    } else {
        refreshAction->setEnabled(false);
        statusBar()->showMessage(tr("No WireGuard backend"));
        showBanner(backendError);
    }
}

QString MainWindow::peerStatusText() const
{
    return m_peerStatus->text();
}

void MainWindow::applyStatusDelta(const app::StatusDelta &delta)
{
    if (delta.peerCount == 0 && delta.removed.size() > 0 && delta.added.isEmpty())
        m_peerCounts.remove(delta.interfaceIdentifier);
    else
        m_peerCounts.insert(delta.interfaceIdentifier, {delta.connectedCount, delta.peerCount});
    int connected = 0, peers = 0;
    for (const auto &[c, p] : std::as_const(m_peerCounts)) {
        connected += c;
        peers += p;
    }
    m_peerStatus->setText(tr("Peers connected: %1 of %2").arg(connected).arg(peers));
}

void MainWindow::showNotice(const QString &sentence)
{
    statusBar()->showMessage(sentence, 15000);
}

QString MainWindow::webhookStatusText() const
{
    return m_webhookStatus->text();
}

void MainWindow::setWebhookState(const app::DeliveryQueueState &state)
{
    QString text;
    if (!state.enabled)
        text = tr("Webhooks: off");
    else if (state.failed > 0)
        text = tr("Webhooks: %n failed", nullptr, static_cast<int>(state.failed));
    else if (state.pending > 0)
        text = tr("Webhooks: %n pending", nullptr, static_cast<int>(state.pending));
    else
        text = tr("Webhooks: all delivered");
    m_webhookStatus->setText(text);
    QString tip;
    if (state.enabled && !state.lastError.isEmpty() && (state.pending > 0 || state.failed > 0))
        tip = tr("Last error (%1): %2")
                  .arg(QLocale().toString(state.lastErrorAt, QLocale::ShortFormat), state.lastError);
    m_webhookStatus->setToolTip(tip);
}

void MainWindow::setWebhooksDeliveredElsewhere(const QString &who)
{
    m_webhookStatus->setText(tr("Webhooks: delivered by %1").arg(who));
    m_webhookStatus->setToolTip(QString());
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::refresh()
{
    if (!m_backend || m_refreshing)
        return;
    m_refreshing = true;
    app::requestInterfaceOverview(
        *m_backend, this, [this](const app::InterfaceOverviewResult &result) {
            m_refreshing = false;
            if (result) {
                showBanner({});
                m_model->setInterfaces(result.value());
            } else {
                showBanner(result.error().message);
            }
            Q_EMIT refreshed();
        });
}

} // namespace wgdesk::ui
