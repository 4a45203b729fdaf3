#include "MainWindow.h"

#include "AsyncServices.h"
#include "DeltaPacer.h"
#include "ClientConfigDialog.h"
#include "DeliveriesModel.h"
#include "InterfaceDialog.h"
#include "InterfacesModel.h"
#include "Language.h"
#include "PeerDialog.h"
#include "PeerStatus.h"
#include "PeersModel.h"
#include "PeersProxyModel.h"
#include "SettingsDialog.h"
#include "TrafficGraph.h"
#include "TrayIcon.h"
#include "UserDialog.h"
#include "UsersModel.h"
#include "WebhookDispatcher.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace wgdesk::ui {

using namespace Qt::StringLiterals;

namespace {

// Columns fit their contents once, when the first rows arrive; after that they are the
// operator's to resize (and a poll never makes them jump).
void fitColumnsOnFirstRows(QTableView *view)
{
    auto fit = [view] {
        if (view->property("fitted").toBool() || view->model()->rowCount() == 0)
            return;
        view->setProperty("fitted", true);
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, std::min(view->columnWidth(c) + 12, 360));
    };
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, fit,
                     Qt::QueuedConnection);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, fit,
                     Qt::QueuedConnection);
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, fit,
                     Qt::QueuedConnection);
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    fitColumnsOnFirstRows(view);
    return view;
}

QString selectedValue(const QTableView *view, int role)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(role).toString();
}

} // namespace

MainWindow::MainWindow(app::AsyncServices *services, const QString &backendKind,
                       const QString &backendError, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_backendKind(backendKind)
    , m_backendError(backendError)
    , m_readOnly(backendKind.isEmpty())
    , m_preferences(UiPreferences::load())
    , m_interfaces(new models::InterfacesModel(this))
    , m_interfacesProxy(new QSortFilterProxyModel(this))
    , m_peers(new models::PeersModel(this))
    , m_peersProxy(new models::PeersProxyModel(this))
    , m_pacer(new models::DeltaPacer(m_peers, models::DeltaPacer::defaultMaxChangesPerSlice, this))
    , m_users(new models::UsersModel(this))
    , m_usersProxy(new models::UsersProxyModel(this))
    , m_deliveries(new models::DeliveriesModel(this))
    , m_deliveriesProxy(new models::DeliveriesProxyModel(this))
    , m_tick(new QTimer(this))
    , m_driftTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/wgdesk.svg"_s));
    resize(1180, 720);

    m_interfacesProxy->setSourceModel(m_interfaces);
    m_interfacesProxy->setSortRole(models::InterfacesModel::SortRole);
    m_peersProxy->setSourceModel(m_peers);
    m_usersProxy->setSourceModel(m_users);
    m_deliveriesProxy->setSourceModel(m_deliveries);

    buildActions();
    buildMenus();

    m_banner = new QLabel;
    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setContentsMargins(8, 6, 8, 6);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfc, 0xf3, 0xcf));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x4d, 0x3a, 0x00));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildInterfacesTab(), QString());
    m_tabs->addTab(buildUsersTab(), QString());
    m_tabs->addTab(buildDeliveriesTab(), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadUsers();
        else if (index == 2)
            loadDeliveries();
        updateActions();
    });

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    m_backendLabel = new QLabel;
    m_webhookStatus = new QLabel;
    m_webhookStatus->setObjectName(u"webhookStatus"_s);
    m_peerStatus = new QLabel;
    m_peerStatus->setObjectName(u"peerStatus"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"progress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_peerStatus);
    statusBar()->addPermanentWidget(m_webhookStatus);
    statusBar()->addPermanentWidget(m_backendLabel);

    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        show();
        setWindowState(windowState() & ~Qt::WindowMinimized);
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::activated, this, [this] {
        if (isVisible() && isActiveWindow() && m_tray->isShown()) {
            hide(); // not close(): without close-to-tray that would quit
        } else {
            show();
            raise();
            activateWindow();
        }
    });
    connect(m_tray, &TrayIcon::shownChanged, this, [this] {
        QApplication::setQuitOnLastWindowClosed(
            !(m_preferences.trayEnabled && m_preferences.closeToTray && m_tray->isShown()));
    });
    connect(m_tray, &TrayIcon::setInterfaceUpRequested, this, &MainWindow::setInterfaceUp);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        Q_EMIT quitRequested();
        qApp->quit();
    });

    retranslate();
    applyPreferences(m_preferences);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_peers->refreshRelativeTimes();
        updateGraphs();
    });
    m_tick->start();

    if (!m_backendError.isEmpty())
        showBanner(m_backendError);
    if (m_services) {
        m_driftTimer->setInterval(10000);
        connect(m_driftTimer, &QTimer::timeout, this, &MainWindow::refresh);
        m_driftTimer->start();
        QTimer::singleShot(0, this, &MainWindow::refresh);
    }
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::makeAction(const char *objectName, const QString &icon,
                                const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_actions.insert(action->objectName(), action);
    return action;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

void MainWindow::buildActions()
{
    makeAction("newInterface", u"list-add"_s, QKeySequence::New, &MainWindow::newInterface);
    makeAction("importInterface", u"document-open"_s, QKeySequence::Open,
               &MainWindow::importInterface);
    makeAction("exportInterface", u"document-save-as"_s, QKeySequence(u"Ctrl+E"_s),
               &MainWindow::exportInterface);
    makeAction("editInterface", u"document-properties"_s, {}, &MainWindow::editInterface);
    makeAction("deleteInterface", u"edit-delete"_s, {}, &MainWindow::deleteInterface);
    makeAction("interfaceUp", u"media-playback-start"_s, QKeySequence(u"Ctrl+U"_s), nullptr);
    makeAction("interfaceDown", u"media-playback-stop"_s, QKeySequence(u"Ctrl+Shift+U"_s),
               nullptr);
    connect(action(u"interfaceUp"_s), &QAction::triggered, this,
            [this] { setInterfaceUp(selectedInterface(), true); });
    connect(action(u"interfaceDown"_s), &QAction::triggered, this,
            [this] { setInterfaceUp(selectedInterface(), false); });
    makeAction("adoptInterface", u"go-down"_s, {}, &MainWindow::adoptInterface);
    makeAction("restoreInterface", u"edit-undo"_s, {}, &MainWindow::restoreInterface);

    makeAction("addPeer", u"contact-new"_s, QKeySequence(u"Ctrl+Shift+N"_s), &MainWindow::addPeer);
    makeAction("editPeer", u"document-edit"_s, QKeySequence(u"Ctrl+I"_s), &MainWindow::editPeer);
    makeAction("deletePeer", u"edit-delete"_s, {}, &MainWindow::deletePeer);
    makeAction("togglePeer", u"system-shutdown"_s, QKeySequence(u"Ctrl+D"_s),
               &MainWindow::togglePeerEnabled);
    makeAction("clientConfig", u"view-barcode-qr"_s, QKeySequence(u"Ctrl+R"_s),
               &MainWindow::showClientConfig);

    makeAction("addUser", u"list-add-user"_s, {}, &MainWindow::addUser);
    makeAction("editUser", u"document-edit"_s, {}, &MainWindow::editUser);
    makeAction("deleteUser", u"list-remove-user"_s, {}, &MainWindow::deleteUser);

    makeAction("retryDelivery", u"view-refresh"_s, {}, &MainWindow::retryDelivery);
    makeAction("retryFailed", u"view-refresh"_s, {}, &MainWindow::retryFailedDeliveries);

    makeAction("settings", u"preferences-system"_s, QKeySequence(u"Ctrl+,"_s),
               &MainWindow::showSettings);
    makeAction("refresh", u"view-refresh"_s, QKeySequence::Refresh, &MainWindow::refresh);
    makeAction("quit", u"application-exit"_s, QKeySequence::Quit, nullptr);
    connect(action(u"quit"_s), &QAction::triggered, this, [this] {
        m_quitting = true;
        Q_EMIT quitRequested();
        qApp->quit();
    });
    makeAction("about", u"help-about"_s, {}, nullptr);
    connect(action(u"about"_s), &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About WG Desk"),
            tr("<h3>WG Desk %1</h3><p>Manage this machine's WireGuard interfaces and peers, "
               "watch who is connected, and send every change as a webhook.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(action(u"importInterface"_s));
    m_fileMenu->addAction(action(u"exportInterface"_s));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(u"settings"_s));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(u"quit"_s));

    m_interfaceMenu = menuBar()->addMenu(QString());
    for (const char *name : {"newInterface", "editInterface", "deleteInterface", "", "interfaceUp",
                             "interfaceDown", "", "adoptInterface", "restoreInterface"}) {
        if (*name)
            m_interfaceMenu->addAction(action(QString::fromLatin1(name)));
        else
            m_interfaceMenu->addSeparator();
    }
    m_peerMenu = menuBar()->addMenu(QString());
    for (const char *name : {"addPeer", "editPeer", "togglePeer", "deletePeer", "", "clientConfig"}) {
        if (*name)
            m_peerMenu->addAction(action(QString::fromLatin1(name)));
        else
            m_peerMenu->addSeparator();
    }
    m_userMenu = menuBar()->addMenu(QString());
    m_userMenu->addAction(action(u"addUser"_s));
    m_userMenu->addAction(action(u"editUser"_s));
    m_userMenu->addAction(action(u"deleteUser"_s));
    m_deliveryMenu = menuBar()->addMenu(QString());
    m_deliveryMenu->addAction(action(u"retryDelivery"_s));
    m_deliveryMenu->addAction(action(u"retryFailed"_s));
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(action(u"refresh"_s));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(action(u"about"_s));

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(u"mainToolbar"_s);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setMovable(false);
    for (const char *name : {"newInterface", "importInterface", "", "interfaceUp",
                             "interfaceDown", "", "addPeer", "editPeer", "deletePeer",
                             "clientConfig", "", "settings"}) {
        if (*name)
            m_toolbar->addAction(action(QString::fromLatin1(name)));
        else
            m_toolbar->addSeparator();
    }
}

QWidget *MainWindow::buildInterfacesTab()
{
    m_interfacesView = makeTable(m_interfacesProxy, nullptr);
    m_interfacesView->setObjectName(u"interfacesView"_s);
    m_interfacesView->sortByColumn(models::InterfacesModel::Name, Qt::AscendingOrder);
    for (const char *name : {"editInterface", "interfaceUp", "interfaceDown", "exportInterface",
                             "adoptInterface", "restoreInterface", "deleteInterface"})
        m_interfacesView->addAction(action(QString::fromLatin1(name)));
    // Delete and Return act on the table that has the focus.
    auto *del = new QAction(m_interfacesView);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &MainWindow::deleteInterface);
    m_interfacesView->addAction(del);
    connect(m_interfacesView, &QTableView::activated, this, &MainWindow::editInterface);
    connect(m_interfacesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                const QString name = selectedInterface();
                if (!name.isEmpty() && name != m_currentInterface)
                    selectInterface(name);
                updateActions();
            });

    m_peersTitle = new QLabel;
    QFont titleFont = m_peersTitle->font();
    titleFont.setBold(true);
    m_peersTitle->setFont(titleFont);
    m_peerFilter = new QLineEdit;
    m_peerFilter->setObjectName(u"peerFilter"_s);
    m_peerFilter->setClearButtonEnabled(true);
    m_peerFilter->addAction(QIcon::fromTheme(u"edit-find"_s), QLineEdit::LeadingPosition);
    m_peerFilter->setMaximumWidth(320);
    connect(m_peerFilter, &QLineEdit::textChanged, m_peersProxy,
            &models::PeersProxyModel::setFilterText);
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    connect(findShortcut, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_peerFilter->setFocus();
        m_peerFilter->selectAll();
    });
    addAction(findShortcut);
    m_connectedOnly = new QCheckBox;
    m_connectedOnly->setObjectName(u"connectedOnly"_s);
    connect(m_connectedOnly, &QCheckBox::toggled, m_peersProxy,
            &models::PeersProxyModel::setConnectedOnly);

    m_peersView = makeTable(m_peersProxy, nullptr);
    m_peersView->setObjectName(u"peersView"_s);
    m_peersView->sortByColumn(models::PeersModel::Name, Qt::AscendingOrder);
    for (const char *name : {"editPeer", "togglePeer", "clientConfig", "deletePeer"})
        m_peersView->addAction(action(QString::fromLatin1(name)));
    auto *delPeer = new QAction(m_peersView);
    delPeer->setShortcut(QKeySequence::Delete);
    delPeer->setShortcutContext(Qt::WidgetShortcut);
    connect(delPeer, &QAction::triggered, this, &MainWindow::deletePeer);
    m_peersView->addAction(delPeer);
    connect(m_peersView, &QTableView::activated, this, &MainWindow::editPeer);
    connect(m_peersView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateGraphs();
    });

    m_interfaceGraph = new TrafficGraph;
    m_interfaceGraph->setObjectName(u"interfaceGraph"_s);
    m_peerGraph = new TrafficGraph;
    m_peerGraph->setObjectName(u"peerGraph"_s);

    auto *peerBar = new QHBoxLayout;
    peerBar->addWidget(m_peersTitle);
    peerBar->addStretch();
    peerBar->addWidget(m_connectedOnly);
    peerBar->addWidget(m_peerFilter);

    auto *graphs = new QWidget;
    auto *graphsLayout = new QVBoxLayout(graphs);
    graphsLayout->setContentsMargins(0, 0, 0, 0);
    graphsLayout->addWidget(m_interfaceGraph);
    graphsLayout->addWidget(m_peerGraph);
    graphsLayout->addStretch();
    graphs->setMinimumWidth(260);

    auto *peersArea = new QWidget;
    auto *peersLayout = new QVBoxLayout(peersArea);
    peersLayout->setContentsMargins(0, 4, 0, 0);
    peersLayout->addLayout(peerBar);
    auto *peersSplit = new QSplitter(Qt::Horizontal);
    peersSplit->addWidget(m_peersView);
    peersSplit->addWidget(graphs);
    peersSplit->setStretchFactor(0, 3);
    peersSplit->setStretchFactor(1, 1);
    peersLayout->addWidget(peersSplit);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"interfacesSplit"_s);
    split->addWidget(m_interfacesView);
    split->addWidget(peersArea);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);
    return page;
}

QWidget *MainWindow::buildUsersTab()
{
    m_userFilter = new QLineEdit;
    m_userFilter->setObjectName(u"userFilter"_s);
    m_userFilter->setClearButtonEnabled(true);
    m_userFilter->setMaximumWidth(320);
    connect(m_userFilter, &QLineEdit::textChanged, m_usersProxy,
            &models::UsersProxyModel::setFilterText);
    m_usersView = makeTable(m_usersProxy, nullptr);
    m_usersView->setObjectName(u"usersView"_s);
    m_usersView->sortByColumn(models::UsersModel::Identifier, Qt::AscendingOrder);
    for (const char *name : {"editUser", "deleteUser"})
        m_usersView->addAction(action(QString::fromLatin1(name)));
    connect(m_usersView, &QTableView::activated, this, &MainWindow::editUser);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_userFilter);
    layout->addLayout(bar);
    layout->addWidget(m_usersView);
    return page;
}

QWidget *MainWindow::buildDeliveriesTab()
{
    m_deliveryFilter = new QComboBox;
    m_deliveryFilter->setObjectName(u"deliveryFilter"_s);
    m_deliveryFilter->addItems({QString(), QString(), QString(), QString()});
    connect(m_deliveryFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_deliveriesProxy->setStateFilter(
            static_cast<models::DeliveriesProxyModel::StateFilter>(index));
    });
    m_deliveriesView = makeTable(m_deliveriesProxy, nullptr);
    m_deliveriesView->setObjectName(u"deliveriesView"_s);
    m_deliveriesView->sortByColumn(models::DeliveriesModel::Id, Qt::DescendingOrder);
    m_deliveriesView->addAction(action(u"retryDelivery"_s));
    m_deliveriesView->addAction(action(u"retryFailed"_s));
    connect(m_deliveriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_deliveryFilter);
    layout->addLayout(bar);
    layout->addWidget(m_deliveriesView);
    return page;
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("WG Desk"));
    const auto set = [this](const char *name, const QString &text, const QString &tip = {}) {
        QAction *a = action(QString::fromLatin1(name));
        a->setText(text);
        a->setToolTip(tip.isEmpty() ? QString(text).remove(u'&') : tip);
        a->setStatusTip(tip);
    };
    set("newInterface", tr("&New Interface…"), tr("Create a WireGuard interface"));
    set("importInterface", tr("&Import .conf…"), tr("Import a wg-quick configuration file"));
    set("exportInterface", tr("&Export .conf…"),
        tr("Save the selected interface as a wg-quick configuration file"));
    set("editInterface", tr("&Edit Interface…"));
    set("deleteInterface", tr("&Delete Interface…"));
    set("interfaceUp", tr("Bring &Up"), tr("Bring the selected interface up"));
    set("interfaceDown", tr("Take &Down"), tr("Take the selected interface down"));
    set("adoptInterface", tr("&Adopt Running Configuration"),
        tr("Take what runs into WG Desk's records"));
    set("restoreInterface", tr("&Restore Recorded Configuration"),
        tr("Make what runs equal to WG Desk's records"));
    set("addPeer", tr("&Add Peer…"), tr("Add a peer to the selected interface"));
    set("editPeer", tr("&Edit Peer…"));
    set("deletePeer", tr("&Remove Peer…"));
    set("togglePeer", tr("Ena&ble or Disable Peer"));
    set("clientConfig", tr("Client &Configuration and QR Code…"),
        tr("Show the configuration for the peer's device"));
    set("addUser", tr("&Add User…"));
    set("editUser", tr("&Edit User…"));
    set("deleteUser", tr("&Delete User…"));
    set("retryDelivery", tr("&Retry Delivery"), tr("Send the selected webhook event again"));
    set("retryFailed", tr("Retry All &Failed"), tr("Send every failed webhook event again"));
    set("settings", tr("&Settings…"));
    set("refresh", tr("&Refresh"));
    set("quit", tr("&Quit"));
    set("about", tr("&About WG Desk"));

    m_fileMenu->setTitle(tr("&File"));
    m_interfaceMenu->setTitle(tr("&Interface"));
    m_peerMenu->setTitle(tr("&Peer"));
    m_userMenu->setTitle(tr("&User"));
    m_deliveryMenu->setTitle(tr("&Webhooks"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolbar->setWindowTitle(tr("Main toolbar"));

    m_tabs->setTabText(0, tr("Interfaces and Peers"));
    m_tabs->setTabText(1, tr("Users"));
    m_tabs->setTabText(2, tr("Webhook Deliveries"));
    m_peerFilter->setPlaceholderText(tr("Filter peers by name, key, endpoint or IP"));
    m_connectedOnly->setText(tr("Connected only"));
    m_userFilter->setPlaceholderText(tr("Filter users"));
    const QStringList filters = {tr("All events"), tr("Pending"), tr("Failed"), tr("Delivered")};
    for (int i = 0; i < filters.size(); ++i)
        m_deliveryFilter->setItemText(i, filters.at(i));
    m_interfaceGraph->setTitle(tr("Interface traffic"));
    m_peerGraph->setTitle(tr("Selected peer's traffic"));
    m_backendLabel->setText(m_backendKind.isEmpty() ? tr("No WireGuard backend")
                                                    : tr("Backend: %1").arg(m_backendKind));
    if (m_currentInterface.isEmpty())
        m_peersTitle->setText(tr("Select an interface to see its peers."));
    else
        m_peersTitle->setText(tr("Peers of %1").arg(m_currentInterface));
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_interfaces, m_peers, m_users, m_deliveries})
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
    updatePeerCounts();
    m_tray->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing keeps WG Desk in the tray when the tray is on: monitoring and webhooks go on.
    if (!m_quitting && m_preferences.trayEnabled && m_preferences.closeToTray
        && m_tray->isShown()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::applyPreferences(const UiPreferences &preferences)
{
    const bool languageChanged = preferences.language != m_preferences.language;
    m_preferences = preferences;
    m_tray->setNoticesEnabled(preferences.connectNotices);
    m_tray->setVisible(preferences.trayEnabled);
    // With the tray on, the last window closing is not the end of WG Desk.
    QApplication::setQuitOnLastWindowClosed(
        !(preferences.trayEnabled && preferences.closeToTray && m_tray->isShown()));
    if (languageChanged)
        applyLanguage(preferences.language);
}

QString MainWindow::selectedInterface() const
{
    return selectedValue(m_interfacesView, models::InterfacesModel::SortRole);
}

QString MainWindow::selectedPeerKey() const
{
    return selectedValue(m_peersView, models::PeersModel::PublicKeyRole);
}

QString MainWindow::selectedUser() const
{
    return selectedValue(m_usersView, models::UsersModel::IdentifierRole);
}

qint64 MainWindow::selectedDelivery() const
{
    const QModelIndexList rows = m_deliveriesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(models::DeliveriesModel::IdRole).toLongLong();
}

void MainWindow::updateActions()
{
    const bool canChange = m_services && !m_readOnly && !m_permissionMissing && !m_busy;
    const QString iface = selectedInterface();
    bool managed = false, running = false, up = false;
    for (const auto &row : m_interfaces->interfaces()) {
        if (row.name == iface) {
            managed = row.managed;
            running = row.running;
            up = row.up;
        }
    }
    const bool hasInterface = !iface.isEmpty();
    const bool hasPeer = !selectedPeerKey().isEmpty();
    const bool peerManaged = hasPeer && m_currentInterface == iface && managed;
    const auto enable = [this](const char *name, bool on) {
        action(QString::fromLatin1(name))->setEnabled(on);
    };
    enable("newInterface", canChange);
    enable("importInterface", canChange);
    enable("exportInterface", hasInterface && managed && m_services);
    enable("editInterface", canChange && hasInterface && managed);
    enable("deleteInterface", canChange && hasInterface && managed);
    enable("interfaceUp", canChange && hasInterface && managed && !up);
    enable("interfaceDown", canChange && hasInterface && managed && running && up);
    enable("adoptInterface", canChange && hasInterface && running);
    enable("restoreInterface", canChange && hasInterface && managed);
    enable("addPeer", canChange && hasInterface && managed);
    enable("editPeer", canChange && peerManaged);
    enable("deletePeer", canChange && peerManaged);
    enable("togglePeer", canChange && peerManaged);
    enable("clientConfig", peerManaged && m_services);
    const bool usersOk = m_services && !m_busy;
    enable("addUser", usersOk);
    enable("editUser", usersOk && !selectedUser().isEmpty());
    enable("deleteUser", usersOk && !selectedUser().isEmpty());
    enable("retryDelivery", usersOk && selectedDelivery() > 0);
    enable("retryFailed", usersOk);
    enable("settings", m_services != nullptr);
    enable("refresh", m_services != nullptr);
}

QString MainWindow::peerStatusText() const
{
    return m_peerStatus->text();
}

void MainWindow::applyStatusDelta(const app::StatusDelta &delta)
{
    if (delta.peerCount == 0 && !delta.removed.isEmpty() && delta.added.isEmpty())
        m_peerCounts.remove(delta.interfaceIdentifier);
    else
        m_peerCounts.insert(delta.interfaceIdentifier, {delta.connectedCount, delta.peerCount});
    if (delta.interfaceIdentifier == m_currentInterface)
        m_pacer->enqueue(delta); // in slices: a poll where every peer changed never stalls

    for (const app::ConnectionFlip &flip : delta.flips) {
        const QString name = flip.status.displayName.isEmpty()
                                 ? flip.status.publicKey.left(8) + u'…'
                                 : flip.status.displayName;
        m_tray->notifyConnection(delta.interfaceIdentifier, name, flip.connected);
    }
    updatePeerCounts();
    updateTray();
}

void MainWindow::updatePeerCounts()
{
    int connected = 0, peers = 0;
    for (const auto &[c, p] : std::as_const(m_peerCounts)) {
        connected += c;
        peers += p;
    }
    m_peerStatus->setText(tr("Peers connected: %1 of %2").arg(connected).arg(peers));
}

void MainWindow::updateTray()
{
    QList<TrayInterface> rows;
    for (const auto &row : m_interfaces->interfaces()) {
        TrayInterface t;
        t.name = row.name;
        t.up = row.running && row.up;
        const auto counts = m_peerCounts.value(row.name, {0, row.peerCount});
        t.connected = counts.first;
        t.peers = counts.second;
        rows.append(t);
    }
    m_tray->setInterfaces(rows);
    m_tray->setPermissionMissing(m_permissionMissing);
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
    m_tray->setWebhookState(state);
    if (m_tabs->currentIndex() == 2)
        loadDeliveries();
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
    if (!m_services)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_services->loadInterfaces(this, [this](const app::InterfaceList &list) {
        m_refreshing = false;
        m_permissionMissing = list.permissionMissing;
        if (list.permissionMissing) {
            QString text = tr("WG Desk shows the stored configuration read-only: %1")
                               .arg(list.problem);
            if (m_backendKind == u"kernel"_s)
                text += u' '
                        + tr("To manage WireGuard without running WG Desk as root, grant it the "
                             "capability once: sudo setcap cap_net_admin+ep %1")
                              .arg(QApplication::applicationFilePath());
            showBanner(text);
        }
        else if (!list.problem.isEmpty())
            showBanner(list.problem);
        else
            showBanner(m_backendError);
        m_interfaces->setInterfaces(list.rows);
        const bool currentListed =
            std::any_of(list.rows.begin(), list.rows.end(),
                        [this](const auto &row) { return row.name == m_currentInterface; });
        if (!m_currentInterface.isEmpty() && !currentListed && m_pendingSelection.isEmpty()) {
            // Gone (deleted here, by wgdeskctl, or with ip link del): show no stale peers.
            m_currentInterface.clear();
            m_peersLoadedFor.clear();
            m_pacer->clear();
            m_peers->setInterface(QString(), {}, {});
            m_peersTitle->setText(tr("Select an interface to see its peers."));
        }
        if (!m_pendingSelection.isEmpty())
            selectInterface(QString(m_pendingSelection)); // a copy: selecting clears it
        else if (selectedInterface().isEmpty() && m_interfacesProxy->rowCount() > 0)
            m_interfacesView->selectRow(0);
        else if (!m_currentInterface.isEmpty())
            loadPeers();
        updateTray();
        updateActions();
        Q_EMIT refreshed();
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
    if (m_tabs->currentIndex() == 1)
        loadUsers();
    else if (m_tabs->currentIndex() == 2)
        loadDeliveries();
}

void MainWindow::selectInterface(const QString &name)
{
    // A row that is not listed yet (just created or imported) is selected by the next refresh.
    m_pendingSelection = name;
    for (int row = 0; row < m_interfacesProxy->rowCount(); ++row) {
        const QModelIndex index = m_interfacesProxy->index(row, 0);
        if (index.data(models::InterfacesModel::SortRole).toString() == name) {
            m_pendingSelection.clear();
            if (selectedInterface() != name)
                m_interfacesView->selectRow(row);
        }
    }
    if (name == m_currentInterface)
        return;
    m_currentInterface = name;
    m_peersView->setProperty("fitted", false); // another interface's peers: fit them afresh
    m_pacer->clear();
    m_peersLoadedFor.clear();
    m_peersTitle->setText(tr("Peers of %1").arg(name));
    m_peers->setInterface(name, {}, {});
    loadPeers();
    updateGraphs();
}

void MainWindow::loadPeers()
{
    if (!m_services || m_currentInterface.isEmpty())
        return;
    const QString name = m_currentInterface;
    m_services->loadPeers(name, this, [this, name](const app::PeerList &list) {
        if (name != m_currentInterface)
            return;
        if (!list.error.isEmpty())
            showNotice(list.error);
        if (m_peersLoadedFor != name) {
            // The first read for this selection: records and the monitor's live status.
            m_pacer->clear();
            m_peers->setInterface(name, list.configured, list.statuses);
            m_peersLoadedFor = name;
        } else {
            m_peers->setConfigured(list.configured);
        }
        updateActions();
        Q_EMIT peersLoaded();
    });
    // The owner combo of the peer dialog needs the users.
    loadUsers();
}

void MainWindow::loadUsers()
{
    if (!m_services)
        return;
    m_services->loadUsers(this, [this](const app::UserList &list) {
        if (!list.error.isEmpty()) {
            showNotice(list.error);
            return;
        }
        m_userRecords = list.users;
        m_users->setUsers(list.users, list.peerCounts);
        updateActions();
        Q_EMIT usersLoaded();
    });
}

void MainWindow::loadDeliveries()
{
    if (!m_services)
        return;
    m_services->loadDeliveries(
        app::Store::DeliveryFilter::All, 1000, this, [this](const app::DeliveryList &list) {
            if (!list.error.isEmpty()) {
                showNotice(list.error);
                return;
            }
            m_deliveries->setDeliveries(list.events);
            updateActions();
            Q_EMIT deliveriesLoaded();
        });
}

void MainWindow::updateGraphs()
{
    if (!m_services || m_currentInterface.isEmpty() || !isVisible())
        return;
    if (m_graphRequests > 0)
        return; // the backend thread is busy (a long import): no pile of requests
    const QString name = m_currentInterface;
    ++m_graphRequests;
    m_services->rateHistory(name, QString(), this, [this, name](const QList<app::RateSample> &s) {
        --m_graphRequests;
        if (name == m_currentInterface)
            m_interfaceGraph->setSamples(s);
    });
    const QString key = selectedPeerKey();
    m_peerGraph->setVisible(!key.isEmpty());
    if (key.isEmpty())
        return;
    ++m_graphRequests;
    m_services->rateHistory(name, key, this, [this, key](const QList<app::RateSample> &s) {
        --m_graphRequests;
        if (key == selectedPeerKey())
            m_peerGraph->setSamples(s);
    });
}

void MainWindow::beginChange()
{
    ++m_busy;
    updateActions();
}

void MainWindow::report(const app::Outcome &outcome, const QString &success, bool endsChange)
{
    if (endsChange)
        m_busy = std::max(0, m_busy - 1);
    if (outcome.ok()) {
        m_lastMessage = success;
        QStringList warnings;
        for (const auto &problem : outcome.problems)
            if (problem.warning)
                warnings.append(problem.message);
        statusBar()->showMessage(success, 8000);
        if (!warnings.isEmpty())
            QMessageBox::information(this, tr("WG Desk"),
                                     success + u"\n\n"_s + warnings.join(u'\n'));
    } else {
        m_lastMessage = outcome.message;
        if (isVisible())
            QMessageBox::warning(this, tr("WG Desk"), outcome.message);
    }
    refresh();
    loadPeers();
    updateActions();
    Q_EMIT operationFinished(outcome.ok());
}

bool MainWindow::confirm(const QString &title, const QString &text, const QString &actionText)
{
    if (!isVisible())
        return true; // tests drive the window hidden; a visible window always asks
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    QPushButton *yes = box.addButton(actionText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

// ---- Interfaces ----------------------------------------------------------------------------

void MainWindow::newInterface()
{
    if (!m_services || !action(u"newInterface"_s)->isEnabled() || m_dialogPending)
        return;
    m_dialogPending = true;
    const auto release = qScopeGuard([this] { m_dialogPending = false; });
    InterfaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const app::Interface interface = dialog.interface();
    beginChange();
    m_services->createInterface(interface, dialog.bringUp(), this,
                                [this, name = interface.identifier](const app::Outcome &o) {
                                    report(o, tr("Created interface %1.").arg(name));
                                    if (o.ok())
                                        selectInterface(name);
                                });
}

void MainWindow::editInterface()
{
    const QString name = selectedInterface();
    if (!m_services || name.isEmpty() || !action(u"editInterface"_s)->isEnabled()
        || m_dialogPending)
        return;
    withPeersOf(name, [this, name](const app::PeerList &list) {
        if (!list.managed) {
            showNotice(tr("WG Desk has no record of %1: adopt it first.").arg(name));
            return;
        }
        InterfaceDialog dialog(this);
        dialog.setInterface(list.interface);
        if (dialog.exec() != QDialog::Accepted)
            return;
        beginChange();
        m_services->updateInterface(dialog.interface(), this, [this, name](const app::Outcome &o) {
            report(o, o.eventsWritten ? tr("Updated interface %1.").arg(name)
                                      : tr("Nothing to change on interface %1.").arg(name));
        });
    });
}

void MainWindow::deleteInterface()
{
    const QString name = selectedInterface();
    if (!m_services || name.isEmpty() || !action(u"deleteInterface"_s)->isEnabled())
        return;
    if (!confirm(tr("Delete Interface"),
                 tr("Delete the interface %1 and all its peers? It is taken down and removed "
                    "from WG Desk's records; this cannot be undone.")
                     .arg(name),
                 tr("Delete %1").arg(name)))
        return;
    beginChange();
    m_services->deleteInterface(name, this, [this, name](const app::Outcome &o) {
        if (o.ok() && m_currentInterface == name) {
            m_currentInterface.clear();
            m_peers->setInterface(QString(), {}, {});
        }
        report(o, tr("Deleted interface %1.").arg(name));
    });
}

void MainWindow::setInterfaceUp(const QString &name, bool up)
{
    if (!m_services || name.isEmpty() || m_readOnly || m_permissionMissing)
        return;
    beginChange();
    m_services->setInterfaceUp(name, up, this, [this, name, up](const app::Outcome &o) {
        report(o, up ? tr("%1 is up.").arg(name) : tr("%1 is down.").arg(name));
    });
}

void MainWindow::importInterface()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a wg-quick Configuration"), QString(),
        tr("WireGuard configurations (*.conf);;All files (*)"));
    if (!path.isEmpty())
        importInterfaceFrom(path);
}

void MainWindow::importInterfaceFrom(const QString &path)
{
    if (!m_services)
        return;
    QString name = QFileInfo(path).completeBaseName();
    beginChange();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Importing %1").arg(name));
    m_progress->show();
    m_services->importInterface(
        path, name, this,
        [this](const QString &stage, int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_progress->setFormat(tr("%1: %2 of %3").arg(stage).arg(done).arg(total));
        },
        [this, name](const app::Outcome &o) {
            m_progress->hide();
            report(o, tr("Imported %1.").arg(name));
            if (o.ok())
                selectInterface(name);
        });
}

void MainWindow::exportInterface()
{
    const QString name = selectedInterface();
    if (!m_services || name.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(name),
                                                      name + u".conf"_s,
                                                      tr("WireGuard configurations (*.conf)"));
    if (path.isEmpty())
        return;
    m_services->exportInterface(name, this, [this, path](const app::TextResult &result) {
        if (!result.error.isEmpty()) {
            QMessageBox::warning(this, tr("WG Desk"), result.error);
            return;
        }
        // It holds the interface's private key: readable by its owner only.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(result.text.toUtf8()) < 0 || !file.commit()) {
            QMessageBox::warning(this, tr("WG Desk"),
                                 tr("%1 could not be written: %2.").arg(path, file.errorString()));
            return;
        }
        statusBar()->showMessage(tr("Saved %1.").arg(path), 8000);
    });
}

void MainWindow::adoptInterface()
{
    resolveDrift(true);
}

void MainWindow::restoreInterface()
{
    resolveDrift(false);
}

void MainWindow::resolveDrift(bool adopt)
{
    const QString name = selectedInterface();
    if (!m_services || name.isEmpty()
        || !action(adopt ? u"adoptInterface"_s : u"restoreInterface"_s)->isEnabled())
        return;
    const bool confirmed =
        adopt ? confirm(tr("Adopt Running Configuration"),
                        tr("Take what runs on %1 into WG Desk's records? Recorded settings that "
                           "differ are replaced by the running ones.")
                            .arg(name),
                        tr("Adopt"))
              : confirm(tr("Restore Recorded Configuration"),
                        tr("Make %1 run exactly as WG Desk recorded it? Peers added outside WG "
                           "Desk are removed from the running interface.")
                            .arg(name),
                        tr("Restore"));
    if (!confirmed)
        return;
    beginChange();
    auto done = [this, name, adopt](const app::Outcome &o) {
        report(o, adopt ? tr("Adopted %1.").arg(name) : tr("Restored %1.").arg(name));
    };
    if (adopt)
        m_services->adoptInterface(name, this, std::move(done));
    else
        m_services->restoreInterface(name, this, std::move(done));
}

// ---- Peers ---------------------------------------------------------------------------------

void MainWindow::addPeer()
{
    // The interface whose peers are shown, and only while its row is the one selected.
    const QString name = m_currentInterface;
    if (!m_services || name.isEmpty() || name != selectedInterface()
        || !action(u"addPeer"_s)->isEnabled() || m_dialogPending)
        return;
    withPeersOf(name, [this](const app::PeerList &list) {
        if (!list.managed)
            return;
        PeerDialog dialog(list.interface,
                          std::vector<app::Peer>(list.configured.begin(), list.configured.end()),
                          m_userRecords, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const app::Peer peer = dialog.peer();
        beginChange();
        m_services->addPeer(peer, this, [this, peer](const app::Outcome &o) {
            report(o, tr("Added peer %1.")
                          .arg(peer.displayName.isEmpty() ? peer.publicKey : peer.displayName));
        });
    });
}

void MainWindow::withPeersOf(const QString &interfaceName,
                             std::function<void(const app::PeerList &)> use)
{
    m_dialogPending = true;
    m_services->loadPeers(interfaceName, this,
                          [this, use = std::move(use)](const app::PeerList &list) {
                              const auto release = qScopeGuard([this] { m_dialogPending = false; });
                              if (!list.error.isEmpty()) {
                                  showNotice(list.error);
                                  return;
                              }
                              use(list);
                          });
}

std::optional<app::Peer> MainWindow::recordOf(const app::PeerList &list, const QString &key,
                                              std::vector<app::Peer> *others)
{
    std::optional<app::Peer> found;
    for (const app::Peer &p : list.configured) {
        if (p.publicKey == key)
            found = p;
        else if (others)
            others->push_back(p);
    }
    if (!found)
        showNotice(tr("WG Desk has no record of this peer: adopt the interface's running "
                      "configuration to manage it."));
    return found;
}

void MainWindow::editPeer()
{
    const QString key = selectedPeerKey();
    const QString name = m_currentInterface;
    if (!m_services || key.isEmpty() || !action(u"editPeer"_s)->isEnabled() || m_dialogPending)
        return;
    withPeersOf(name, [this, key](const app::PeerList &list) {
        std::vector<app::Peer> others;
        const std::optional<app::Peer> peer = recordOf(list, key, &others);
        if (!peer)
            return;
        PeerDialog dialog(list.interface, others, m_userRecords, this);
        dialog.setPeer(*peer);
        if (dialog.exec() != QDialog::Accepted)
            return;
        beginChange();
        m_services->updatePeer(dialog.peer(), this, [this](const app::Outcome &o) {
            report(o, o.eventsWritten ? tr("Updated the peer.") : tr("Nothing to change."));
        });
    });
}

void MainWindow::togglePeerEnabled()
{
    const QString key = selectedPeerKey();
    const QString name = m_currentInterface;
    if (!m_services || key.isEmpty() || !action(u"togglePeer"_s)->isEnabled() || m_dialogPending)
        return;
    withPeersOf(name, [this, key](const app::PeerList &list) {
        std::optional<app::Peer> peer = recordOf(list, key);
        if (!peer)
            return;
        const bool disable = !peer->disabled.isValid();
        peer->disabled = disable ? QDateTime::currentDateTimeUtc() : QDateTime();
        peer->disabledReason.clear(); // the operator's words, set in the peer dialog
        beginChange();
        m_services->updatePeer(*peer, this, [this, disable](const app::Outcome &o) {
            report(o, disable ? tr("Disabled the peer.") : tr("Enabled the peer."));
        });
    });
}

void MainWindow::deletePeer()
{
    const QString key = selectedPeerKey();
    const QString name = m_currentInterface;
    if (!m_services || key.isEmpty() || !action(u"deletePeer"_s)->isEnabled())
        return;
    const QModelIndexList rows = m_peersView->selectionModel()->selectedRows(
        models::PeersModel::Name);
    const QString shown = rows.isEmpty() ? key : rows.first().data().toString();
    if (!confirm(tr("Remove Peer"),
                 tr("Remove the peer %1 from %2? Its key is forgotten; this cannot be undone.")
                     .arg(shown, name),
                 tr("Remove")))
        return;
    beginChange();
    m_services->removePeer(name, key, this, [this, shown](const app::Outcome &o) {
        report(o, tr("Removed peer %1.").arg(shown));
    });
}

void MainWindow::showClientConfig()
{
    const QString key = selectedPeerKey();
    const QString name = m_currentInterface;
    if (!m_services || key.isEmpty())
        return;
    const QModelIndexList rows = m_peersView->selectionModel()->selectedRows(
        models::PeersModel::Name);
    const QString shown = rows.isEmpty() ? key.left(8) : rows.first().data().toString();
    m_services->clientConfig(name, key, this, [this, name, shown](const app::TextResult &r) {
        if (!r.error.isEmpty()) {
            m_lastMessage = r.error;
            QMessageBox::information(this, tr("Client Configuration"), r.error);
            return;
        }
        QString fileName = shown;
        fileName.replace(QRegularExpression(u"[^A-Za-z0-9_.-]+"_s), u"-"_s);
        ClientConfigDialog dialog(tr("Configuration for %1").arg(shown), r.text,
                                  name + u'-' + fileName + u".conf"_s, this);
        dialog.exec();
    });
}

// ---- Users ---------------------------------------------------------------------------------

void MainWindow::addUser()
{
    if (!m_services || m_dialogPending)
        return;
    m_dialogPending = true;
    const auto release = qScopeGuard([this] { m_dialogPending = false; });
    UserDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const app::User user = dialog.user();
    m_services->addUser(user, this, [this, id = user.identifier](const app::Outcome &o) {
        report(o, tr("Added user %1.").arg(id), false);
        loadUsers();
    });
}

void MainWindow::editUser()
{
    const QString id = selectedUser();
    if (!m_services || id.isEmpty() || m_dialogPending)
        return;
    m_dialogPending = true;
    const auto release = qScopeGuard([this] { m_dialogPending = false; });
    for (const app::User &user : std::as_const(m_userRecords)) {
        if (user.identifier != id)
            continue;
        UserDialog dialog(this);
        dialog.setUser(user);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_services->updateUser(dialog.user(), this, [this, id](const app::Outcome &o) {
            report(o, tr("Updated user %1.").arg(id), false);
            loadUsers();
        });
        return;
    }
}

void MainWindow::deleteUser()
{
    const QString id = selectedUser();
    if (!m_services || id.isEmpty())
        return;
    const QModelIndexList rows = m_usersView->selectionModel()->selectedRows(
        models::UsersModel::Peers);
    const int peers = rows.isEmpty() ? 0 : rows.first().data(models::UsersModel::SortRole).toInt();
    std::optional<QString> moveTo;
    if (peers > 0) {
        // Peers are never deleted as a side effect: they move to another user or to nobody.
        QStringList others;
        for (const app::User &user : std::as_const(m_userRecords))
            if (user.identifier != id)
                others.append(user.identifier);
        // Another user first (the safer default); "(nobody)" last, chosen by position.
        const QStringList choices = others + QStringList{tr("(nobody)")};
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Delete User"),
            tr("%1 owns %n peer(s). Who should own them?", nullptr, peers).arg(id), choices, 0,
            false, &ok);
        if (!ok)
            return;
        const qsizetype index = choices.indexOf(choice);
        moveTo = index >= 0 && index < others.size() ? others.at(index) : QString();
    } else if (!confirm(tr("Delete User"), tr("Delete the user %1?").arg(id),
                        tr("Delete %1").arg(id))) {
        return;
    }
    m_services->deleteUser(id, moveTo, this, [this, id](const app::Outcome &o) {
        report(o, tr("Deleted user %1.").arg(id), false);
        loadUsers();
    });
}

// ---- Deliveries and settings ------------------------------------------------------------------

void MainWindow::retryDelivery()
{
    const qint64 id = selectedDelivery();
    if (!m_services || id <= 0)
        return;
    m_services->retryDelivery(id, this, [this, id](const app::Outcome &o) {
        report(o, tr("Event %1 is queued for another attempt.").arg(id), false);
        loadDeliveries();
    });
}

void MainWindow::retryFailedDeliveries()
{
    if (!m_services)
        return;
    m_services->retryFailedDeliveries(this, [this](const app::Outcome &o) {
        report(o, tr("Failed events are queued for another attempt."), false);
        loadDeliveries();
    });
}

void MainWindow::showSettings()
{
    if (!m_services || m_dialogPending)
        return;
    m_dialogPending = true;
    m_services->loadSettings(this, [this](const app::AllSettings &settings) {
        const auto release = qScopeGuard([this] { m_dialogPending = false; });
        if (!settings.error.isEmpty()) {
            QMessageBox::warning(this, tr("WG Desk"), settings.error);
            return;
        }
        SettingsDialog dialog(settings.webhook, settings.status, m_preferences, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const UiPreferences preferences = dialog.preferences();
        // The preferences follow the settings only when these were stored: a failed save
        // leaves everything as it was.
        m_services->saveSettings(dialog.webhookSettings(), dialog.statusSettings(), this,
                                 [this, preferences](const app::Outcome &o) {
                                     if (o.ok()) {
                                         preferences.save();
                                         applyPreferences(preferences);
                                     }
                                     report(o, tr("Settings saved."), false);
                                 });
    });
}

} // namespace wgdesk::ui
