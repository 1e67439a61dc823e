// Every deadline of every record as an iCalendar of VTODOs.
#include "pipeline/export/deadline_list.hpp"
#include "pipeline/export/exporter.hpp"
#include "pipeline/export/icalendar.hpp"

namespace vbtrack {

namespace {

class IcsExporter final : public Exporter {
public:
    void write(const std::vector<Record>& records, std::ostream& out) const override {
        out << deadlines_to_icalendar(collect_deadlines(records, DeadlineQuery{}));
    }
};

}  // namespace

std::unique_ptr<Exporter> make_ics_exporter() { return std::make_unique<IcsExporter>(); }

}  // namespace vbtrack
