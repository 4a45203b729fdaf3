#include "UiPreferences.h"

#include <QSettings>

namespace wgdesk::ui {

using namespace Qt::StringLiterals;

namespace {

// Explicit names: the preferences must not move with QCoreApplication's names (a test's).
constexpr auto organisation = "wgdesk"_L1;
constexpr auto application = "wgdesk"_L1;

namespace keys {
constexpr auto trayEnabled = "desktop/tray_enabled"_L1;
constexpr auto closeToTray = "desktop/close_to_tray"_L1;
constexpr auto connectNotices = "desktop/connect_notices"_L1;
constexpr auto language = "desktop/language"_L1;
} // namespace keys

} // namespace

UiPreferences UiPreferences::load()
{
    const UiPreferences defaults;
    const QSettings s(QSettings::NativeFormat, QSettings::UserScope, organisation, application);
    UiPreferences p;
    p.trayEnabled = s.value(keys::trayEnabled, defaults.trayEnabled).toBool();
    p.closeToTray = s.value(keys::closeToTray, defaults.closeToTray).toBool();
    p.connectNotices = s.value(keys::connectNotices, defaults.connectNotices).toBool();
    p.language = s.value(keys::language, defaults.language).toString();
    return p;
}

void UiPreferences::save() const
{
    QSettings s(QSettings::NativeFormat, QSettings::UserScope, organisation, application);
    s.setValue(keys::trayEnabled, trayEnabled);
    s.setValue(keys::closeToTray, closeToTray);
    s.setValue(keys::connectNotices, connectNotices);
    s.setValue(keys::language, language);
    s.sync();
}

} // namespace wgdesk::ui
