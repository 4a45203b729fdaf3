#include "EditDialog.h"


#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace wgdesk::ui {

namespace {

QColor mixed(const QColor &base, const QColor &tint, float amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

// An eye, for desktops whose icon theme has no view-visible / view-hidden.
QIcon paintedEye(const QColor &color, bool crossed)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2.5));
    QPainterPath outline;
    outline.moveTo(3, 16);
    outline.quadTo(16, 2, 29, 16);
    outline.quadTo(16, 30, 3, 16);
    painter.drawPath(outline);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(16, 16), 4.5, 4.5);
    if (crossed)
        painter.drawLine(QPointF(6, 27), QPointF(26, 5));
    painter.end();
    return QIcon(pixmap);
}

QIcon eyeIcon(const QPalette &palette, bool crossed)
{
    const QIcon painted = paintedEye(palette.color(QPalette::Text), crossed);
    return crossed ? QIcon::fromTheme(u"view-hidden"_s,
                                      QIcon::fromTheme(u"view-conceal-symbolic"_s, painted))
                   : QIcon::fromTheme(u"view-visible"_s,
                                      QIcon::fromTheme(u"view-reveal-symbolic"_s, painted));
}


bool isEmptyInput(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit->text().trimmed().isEmpty();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->toPlainText().trimmed().isEmpty();
    return false;
}

} // namespace

// EditDialog

EditDialog::EditDialog(QWidget *parent)
    : QDialog(parent)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_problemIcon = new QLabel(this);
    m_problemIcon->setAlignment(Qt::AlignTop);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setFixedSize(iconSize, iconSize);
    m_problemText = new QLabel(this);
    m_problemText->setObjectName(u"problemText"_s);
    m_problemText->setWordWrap(true);
    m_problemText->setTextFormat(Qt::PlainText);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line kept free, so that the form does not jump when the first message appears.
    m_problemText->setMinimumHeight(fontMetrics().lineSpacing());
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon, 0, Qt::AlignTop);
    problemRow->addWidget(m_problemText, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addLayout(problemRow);
    layout->addWidget(m_buttons);
}

bool EditDialog::isAcceptable() const
{
    return !app::hasErrors(m_problems);
}

QString EditDialog::problemText() const
{
    return m_problemText->text();
}

QPushButton *EditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void EditDialog::accept()
{
    m_showAll = true;
    revalidate();
    if (!isAcceptable()) {
        for (const app::FieldProblem &problem : std::as_const(m_problems)) {
            const Field *field = fieldOf(problem.field);
            if (!problem.warning && field && field->widget->isEnabled()) {
                field->widget->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    QDialog::accept();
}

void EditDialog::addField(const QString &field, QWidget *widget)
{
    Field entry;
    entry.name = field;
    entry.widget = widget;
    entry.palette = widget->palette();
    entry.toolTip = widget->toolTip();
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        entry.errorAction = edit->addAction(QIcon(), QLineEdit::TrailingPosition);
        entry.errorAction->setObjectName(field + u"Problem"_s);
        entry.errorAction->setVisible(false);
    }
    m_fields.push_back(entry);
}

void EditDialog::watch(QWidget *widget)
{
    auto touch = [this, widget] {
        if (!m_touched.contains(widget))
            m_touched.append(widget);
        revalidate();
    };
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        connect(edit, &QLineEdit::textChanged, this, &EditDialog::revalidate);
        connect(edit, &QLineEdit::textEdited, this, touch);
        connect(edit, &QLineEdit::editingFinished, this, touch);
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        connect(spin, &QSpinBox::valueChanged, this, touch);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        connect(text, &QPlainTextEdit::textChanged, this, touch);
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        connect(button, &QAbstractButton::toggled, this, &EditDialog::revalidate);
    }
}

void EditDialog::chainTabOrder(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

QLineEdit *EditDialog::createKeyEdit(const QString &objectName, bool secret)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    edit->setFont(fixed);
    // 44 characters of base64, plus room for the reveal and problem icons.
    const int iconRoom = 2 * (style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 8);
    edit->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(QString(45, u'W')) + iconRoom);
    edit->setPlaceholderText(tr("44 characters of base64"));
    if (!secret)
        return edit;
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              Qt::ImhNoAutoUppercase);
    QAction *reveal = edit->addAction(eyeIcon(palette(), false), QLineEdit::TrailingPosition);
    reveal->setObjectName(objectName + u"Reveal"_s);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, edit, [this, edit, reveal](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(eyeIcon(palette(), shown));
        reveal->setToolTip(shown ? tr("Hide the key") : tr("Show the key"));
    });
    return edit;
}

QIcon EditDialog::themeIcon(const QString &name, QStyle::StandardPixmap fallback) const
{
    return QIcon::fromTheme(name, style()->standardIcon(fallback, nullptr, this));
}

void EditDialog::addRow(const QString &label, QWidget *widget,
                        std::initializer_list<QWidget *> extras)
{
    if (extras.size() == 0) {
        m_form->addRow(label, widget);
        return;
    }
    auto *row = new QHBoxLayout;
    row->addWidget(widget, 1);
    for (QWidget *extra : extras)
        row->addWidget(extra);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(widget);
    m_form->addRow(labelWidget, row);
}

void EditDialog::resetTouched()
{
    m_touched.clear();
    m_showAll = false;
}

void EditDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter with OK disabled still says what is missing, as pressing OK would.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !okButton()->isEnabled()) {
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QStringList EditDialog::splitList(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

const EditDialog::Field *EditDialog::fieldOf(const QString &name) const
{
    const auto it = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                 [&name](const Field &f) { return f.name == name; });
    return it == m_fields.cend() ? nullptr : &*it;
}

bool EditDialog::isShown(const app::FieldProblem &problem) const
{
    if (m_showAll)
        return true;
    const Field *field = fieldOf(problem.field);
    return !field || !isEmptyInput(field->widget) || m_touched.contains(field->widget);
}

void EditDialog::revalidate()
{
    m_problems = currentProblems();
    // Errors before warnings, each in the order of the form.
    auto rank = [this](const app::FieldProblem &p) {
        const auto it = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                     [&p](const Field &f) { return f.name == p.field; });
        return std::pair(p.warning, it - m_fields.cbegin());
    };
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [&rank](const app::FieldProblem &a, const app::FieldProblem &b) {
                         return rank(a) < rank(b);
                     });

    QStringList lines;
    bool shownError = false;
    for (Field &field : m_fields) {
        QStringList errors, warnings;
        for (const app::FieldProblem &problem : std::as_const(m_problems)) {
            if (problem.field == field.name && isShown(problem))
                (problem.warning ? warnings : errors).append(problem.message);
        }
        markField(field, errors, warnings);
    }
    for (const app::FieldProblem &problem : std::as_const(m_problems)) {
        if (!isShown(problem) || lines.contains(problem.message))
            continue;
        lines.append(problem.message);
        shownError = shownError || !problem.warning;
    }
    m_problemText->setText(lines.join(u'\n'));
    if (lines.isEmpty()) {
        m_problemIcon->clear();
    } else {
        const QIcon icon = style()->standardIcon(shownError ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning,
                                                 nullptr, this);
        m_problemIcon->setPixmap(icon.pixmap(m_problemIcon->size(), devicePixelRatio()));
    }
    okButton()->setEnabled(isAcceptable());
}

void EditDialog::markField(Field &field, const QStringList &errors, const QStringList &warnings)
{
    const bool marked = !errors.isEmpty() || !warnings.isEmpty();
    const QString message = (errors + warnings).join(u'\n');
    if (field.errorAction) {
        field.errorAction->setVisible(marked);
        if (marked) {
            field.errorAction->setIcon(style()->standardIcon(
                errors.isEmpty() ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical,
                nullptr, this));
            field.errorAction->setToolTip(message);
        }
        return;
    }
    if (!marked) {
        field.widget->setPalette(field.palette);
        field.widget->setToolTip(field.toolTip);
        return;
    }
    QPalette tinted = field.palette;
    const QColor tint = errors.isEmpty() ? QColor(255, 200, 0) : QColor(230, 40, 40);
    tinted.setColor(QPalette::Base, mixed(field.palette.color(QPalette::Base), tint, 0.25f));
    field.widget->setPalette(tinted);
    field.widget->setToolTip(message);
}


} // namespace wgdesk::ui
