#include "extractors/calendar/official_schedule.hpp"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "extractors/calendar/official_schedule_data.hpp"

namespace vbtrack::calendar {

namespace {

Date date_field(const nlohmann::json& entry, const char* key, int year) {
    auto date = parse_iso(entry.at(key).get<std::string>());
    if (!date)
        throw std::invalid_argument("holiday schedule, year " + std::to_string(year) + ": '" + key +
                                    "' must be a date written YYYY-MM-DD");
    return *date;
}

}  // namespace

std::vector<YearDecision> parse_schedule(std::string_view json_text) {
    std::vector<YearDecision> out;
    auto doc = nlohmann::json::parse(json_text);
    for (const auto& entry : doc.at("years")) {
        YearDecision d;
        d.year = entry.at("year").get<int>();
        if (entry.contains("tet_days_before")) {
            d.tet_days_before = entry["tet_days_before"].get<int>();
            if (*d.tet_days_before < 0 || *d.tet_days_before > 4)
                throw std::invalid_argument("holiday schedule, year " + std::to_string(d.year) +
                                            ": tet_days_before must be 0..4");
        }
        if (entry.contains("national_day_extra")) d.national_day_extra = date_field(entry, "national_day_extra", d.year);
        for (const auto& swap : entry.value("swaps", nlohmann::json::array()))
            d.swaps.push_back({date_field(swap, "off", d.year), date_field(swap, "work", d.year)});
        d.source = entry.value("source", "");
        out.push_back(std::move(d));
    }
    return out;
}

const std::vector<YearDecision>& official_decisions() {
    static const std::vector<YearDecision> decisions = parse_schedule(kOfficialScheduleJson);
    return decisions;
}

}  // namespace vbtrack::calendar
