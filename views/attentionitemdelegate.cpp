#include "views/attentionitemdelegate.h"

#include "models/attentionmodel.h"
#include "views/statusicons.h"

namespace BackupDash {

namespace {

QIcon iconFor(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Failed:
        return StatusIcons::statusIcon(Status::Failed);
    case AttentionKind::Warning:
        return StatusIcons::statusIcon(Status::Warning);
    case AttentionKind::RpoBreached:
    case AttentionKind::MissedRun:
        return StatusIcons::statusIcon(Status::Unknown);
    case AttentionKind::SourceUnreachable:
        return StatusIcons::healthIcon(SourceHealth::Unreachable);
    case AttentionKind::SourceAuthFailed:
        return StatusIcons::healthIcon(SourceHealth::AuthFailed);
    case AttentionKind::SourceStale:
        return StatusIcons::staleIcon();
    }
    return {};
}

} // namespace

void AttentionItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == AttentionModel::WhatColumn) {
        option->icon = iconFor(index.data(AttentionModel::KindRole).value<AttentionKind>());
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (index.data(AttentionModel::StaleRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
}

} // namespace BackupDash
