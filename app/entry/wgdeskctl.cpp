// wgdeskctl: WG Desk on the command line (see app/Cli.h).
#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wgdesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = wgdesk::app::runWgdeskctl(application.arguments().mid(1),
                                               {out, err, isatty(STDERR_FILENO) == 1});
    out.flush();
    err.flush();
    return code;
}
