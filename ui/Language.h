// Switching the user interface's language at run time: WG Desk's translations (compiled into
// the binary under :/i18n) and Qt's own (the standard dialogs' buttons) are installed together.
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace wgdesk::ui {

// Code and native name, the system's default ("") first with a translated label.
QList<std::pair<QString, QString>> availableLanguages();

// Installs the translators for `code` ("" = the system's language) on qApp, replacing those of
// an earlier call, and makes it QLocale's default. A missing translation is not an error: the
// English source strings stay. Every widget then receives QEvent::LanguageChange.
// `directory` is where wgdesk_<code>.qm is looked for (tests pass their own).
void applyLanguage(const QString &code, const QString &directory = QStringLiteral(":/i18n"));

// The code given to the last applyLanguage() ("" before any).
QString appliedLanguage();

} // namespace wgdesk::ui
