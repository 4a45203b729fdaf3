#include "UserDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wgdesk::ui {

UserDialog::UserDialog(QWidget *parent)
    : EditDialog(parent)
{
    setWindowTitle(tr("New User"));
    okButton()->setText(tr("&Create"));

    auto lineEdit = [this](const QString &objectName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        return edit;
    };
    m_identifier = lineEdit(u"identifier"_s);
    m_identifier->setPlaceholderText(tr("e.g. alice"));
    m_identifier->setToolTip(
        tr("Up to 64 letters, digits and . _ @ + -; it cannot be changed later"));
    m_identifier->setMinimumWidth(fontMetrics().horizontalAdvance(QString(40, u'x')));
    addRow(tr("&Identifier:"), m_identifier);
    m_email = lineEdit(u"email"_s);
    m_email->setPlaceholderText(tr("alice@example.com"));
    addRow(tr("&Email:"), m_email);
    m_firstname = lineEdit(u"firstname"_s);
    addRow(tr("&First name:"), m_firstname);
    m_lastname = lineEdit(u"lastname"_s);
    addRow(tr("&Last name:"), m_lastname);
    m_phone = lineEdit(u"phone"_s);
    addRow(tr("&Phone:"), m_phone);
    m_department = lineEdit(u"department"_s);
    addRow(tr("De&partment:"), m_department);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(4 * fontMetrics().lineSpacing());
    addRow(tr("&Notes:"), m_notes);

    m_admin = new QCheckBox(tr("&Administrator"), this);
    m_admin->setObjectName(u"admin"_s);
    form()->addRow(QString(), m_admin);

    m_disabled = new QCheckBox(tr("Disa&bled"), this);
    m_disabled->setObjectName(u"disabled"_s);
    m_disabled->setToolTip(tr("A disabled user keeps their peers on record"));
    form()->addRow(QString(), m_disabled);
    m_disabledReason = lineEdit(u"disabledReason"_s);
    m_disabledReason->setEnabled(false);
    m_disabledReason->setPlaceholderText(tr("Why, for whoever reads this later"));
    addRow(tr("&Reason:"), m_disabledReason);
    connect(m_disabled, &QCheckBox::toggled, this, [this](bool on) {
        m_disabledReason->setEnabled(on);
        if (on)
            m_disabledAt = QDateTime::currentDateTimeUtc();
    });

    addField(u"Identifier"_s, m_identifier);
    addField(u"Email"_s, m_email);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_identifier, m_email, m_firstname, m_lastname, m_phone, m_department, m_notes,
             m_admin, m_disabled, m_disabledReason})
        watch(widget);
    chainTabOrder({m_identifier, m_email, m_firstname, m_lastname, m_phone, m_department, m_notes,
                   m_admin, m_disabled, m_disabledReason});
    revalidate();
}

void UserDialog::setUser(const app::User &user)
{
    m_original = user;
    m_editing = true;
    setWindowTitle(tr("Edit User %1").arg(user.identifier));
    okButton()->setText(tr("&Save"));
    m_identifier->setText(user.identifier);
    m_identifier->setReadOnly(true);
    m_identifier->setToolTip(tr("A user's identifier cannot be changed"));
    m_email->setText(user.email);
    m_firstname->setText(user.firstname);
    m_lastname->setText(user.lastname);
    m_phone->setText(user.phone);
    m_department->setText(user.department);
    m_notes->setPlainText(user.notes);
    m_admin->setChecked(user.isAdmin);
    m_disabled->setChecked(user.disabled.isValid());
    m_disabledReason->setText(user.disabledReason);
    resetTouched();
    revalidate();
    m_email->setFocus(Qt::OtherFocusReason);
}

app::User UserDialog::user() const
{
    app::User result = m_original;
    result.identifier = m_identifier->text().trimmed();
    result.email = m_email->text().trimmed();
    result.firstname = m_firstname->text().trimmed();
    result.lastname = m_lastname->text().trimmed();
    result.phone = m_phone->text().trimmed();
    result.department = m_department->text().trimmed();
    result.notes = m_notes->toPlainText();
    result.isAdmin = m_admin->isChecked();
    if (!m_disabled->isChecked()) {
        result.disabled = QDateTime();
        result.disabledReason.clear();
    } else {
        if (!result.disabled.isValid())
            result.disabled =
                m_disabledAt.isValid() ? m_disabledAt : QDateTime::currentDateTimeUtc();
        result.disabledReason = m_disabledReason->text().trimmed();
    }
    return result;
}

app::Problems UserDialog::currentProblems() const
{
    return app::validateUser(user());
}

} // namespace wgdesk::ui
