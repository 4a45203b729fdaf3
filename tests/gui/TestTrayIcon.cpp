#include <QtTest>
class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_MAIN(TestTrayIcon)
#include "TestTrayIcon.moc"
