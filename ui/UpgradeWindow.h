#pragma once

#include "store/Database.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace shopcrm {

// Opening the database for the window. A file of an older schema is upgraded first on another
// thread, under a progress window that says what the upgrade is doing (an upgrade may rebuild the
// search index of a large shop: minutes, once), so the window never hangs; then it opens at once.
// Throws StoreError as Database's constructor does.
class UpgradeWindow final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::UpgradeWindow)
public:
    static std::unique_ptr<Database> open(const QString& path, const DatabaseOptions& options, QWidget* parent = nullptr);
};

} // namespace shopcrm
