#include <nlohmann/json.hpp>

#include "pipeline/store/store.hpp"

namespace vbtrack {

std::optional<std::string> formats_json(const RecordQuery& query) {
    if (query.formats.empty()) return std::nullopt;
    nlohmann::json names = nlohmann::json::array();
    for (Format format : query.formats) names.push_back(to_string(format));
    return names.dump();
}

}  // namespace vbtrack
