// The desktop user's own preferences (tray, notices, language), kept in QSettings under
// "wgdesk/wgdesk" in the user's config directory. The webhook and status settings are not here:
// they live in the database, shared with wgdeskctl and `wgdeskctl monitor`.
#pragma once

#include <QString>

namespace wgdesk::ui {

struct UiPreferences
{
    bool trayEnabled = true;
    bool closeToTray = true;     // closing the window keeps WG Desk in the tray (when it is on)
    bool connectNotices = false; // a desktop notice on every connect and disconnect
    QString language;            // "de", "fr", ...; empty = the system's

    // Defaults for what is unset.
    static UiPreferences load();
    void save() const;

    friend bool operator==(const UiPreferences &, const UiPreferences &) = default;
};

} // namespace wgdesk::ui
