#include "Language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace wgdesk::ui {

using namespace Qt::StringLiterals;

namespace {

// Owned by qApp, so they go when it goes; QPointer notices that.
QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QString &appliedCode()
{
    static QString code;
    return code;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

// Loads `prefix`_<language> from `directory`; "" tries the system's UI languages in order.
QTranslator *loadTranslator(const QString &code, const QString &prefix, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    const bool loaded = code.isEmpty()
                            ? translator->load(QLocale::system(), prefix, u"_"_s, directory)
                            : translator->load(prefix + u'_' + code, directory);
    if (loaded)
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QList<std::pair<QString, QString>> availableLanguages()
{
    return {
        {QString(), QCoreApplication::translate("wgdesk::ui::Language", "System default")},
        // Native names: whoever cannot read the current language still finds their own.
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Fran\u00e7ais"_s},
    };
}

void applyLanguage(const QString &code, const QString &directory)
{
    if (!QCoreApplication::instance())
        return;
    // Remove first: installing the new ones sends the LanguageChange that shows them.
    removeTranslator(appTranslator());
    removeTranslator(qtTranslator());
    appliedCode() = code;
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(code));

    // English is the source language: its file holds only the plural forms ("1 peer").
    appTranslator() = loadTranslator(code, u"wgdesk"_s, directory);
    if (code != u"en"_s)
        qtTranslator() =
            loadTranslator(code, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (appTranslator())
        QCoreApplication::installTranslator(appTranslator());
    if (qtTranslator())
        QCoreApplication::installTranslator(qtTranslator());
    // QApplication posts LanguageChange to the windows: deliver it now, so that everything
    // shows the new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QString appliedLanguage()
{
    return appliedCode();
}

} // namespace wgdesk::ui
