#include <QtTest>
class TestDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_MAIN(TestDialogs)
#include "TestDialogs.moc"
