#include "extractors/type_table.hpp"

#include <algorithm>

#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

struct Entry {
    const char* code;
    const char* name;
    enum { both, state_only, party_only } regime = both;
};

// Codes as the decree and the Party guidance print them; names as a reader writes them.
const Entry kTypes[] = {
    {"NQ", "Nghị quyết"},       {"QĐ", "Quyết định"},         {"QyĐ", "Quy định"},
    {"QĐi", "Quy định"},        {"CT", "Chỉ thị"},            {"QC", "Quy chế"},
    {"TC", "Thông cáo"},        {"TB", "Thông báo"},          {"HD", "Hướng dẫn"},
    {"CTr", "Chương trình"},    {"KH", "Kế hoạch"},           {"KL", "Kết luận"},
    {"PA", "Phương án"},        {"ĐA", "Đề án"},              {"DA", "Dự án"},
    {"BC", "Báo cáo"},          {"BB", "Biên bản"},           {"TTr", "Tờ trình"},
    {"HĐ", "Hợp đồng"},         {"CĐ", "Công điện"},          {"BGN", "Bản ghi nhớ"},
    {"BTT", "Bản thỏa thuận"},  {"GUQ", "Giấy ủy quyền"},     {"GM", "Giấy mời"},
    {"GGT", "Giấy giới thiệu"}, {"GNP", "Giấy nghỉ phép"},    {"PG", "Phiếu gửi"},
    {"PC", "Phiếu chuyển"},     {"PB", "Phiếu báo"},          {"CV", "Công văn"},
    {"TT", "Thông tri", Entry::party_only},                   {"TT", "Thông tư", Entry::state_only},
    {"NĐ", "Nghị định"},        {"TTLT", "Thông tư liên tịch"}, {"NQLT", "Nghị quyết liên tịch"},
    {"SY", "Bản sao y"},
    {"TrS", "Bản trích sao"},   {"SL", "Bản sao lục"},
};

// Types cited by name only (no code in the number symbol).
const char* const kNamesWithoutCode[] = {"Luật", "Pháp lệnh", "Hiến pháp", "Bộ luật"};

std::string squeeze_folded(std::string_view text) {
    std::string out;
    for (char c : folded(text))
        if (c != ' ' && c != '\t') out += c;
    return out;
}

}  // namespace

std::optional<DocType> doc_type_for_code(std::string_view code, bool party) {
    for (const auto& e : kTypes) {
        if (code != e.code) continue;
        if ((e.regime == Entry::party_only && !party) || (e.regime == Entry::state_only && party)) continue;
        return DocType{e.code, e.name};
    }
    return std::nullopt;
}

std::optional<DocType> doc_type_for_name(std::string_view text) {
    // Type names are short: anything longer is a sentence, not a type line.
    if (text.size() > 48) return std::nullopt;
    static const auto keys = [] {
        std::vector<std::pair<std::string, DocType>> out;
        for (const auto& e : kTypes) out.emplace_back(squeeze_folded(e.name), DocType{e.code, e.name});
        for (const char* name : kNamesWithoutCode) out.emplace_back(squeeze_folded(name), DocType{"", name});
        return out;
    }();
    std::string key = squeeze_folded(text);
    while (!key.empty() && (key.back() == ':' || key.back() == '.')) key.pop_back();
    for (const auto& [k, type] : keys)
        if (k == key) return type;
    return std::nullopt;
}

const std::vector<std::pair<std::string, DocType>>& doc_type_names_folded() {
    static const auto table = [] {
        std::vector<std::pair<std::string, DocType>> out;
        auto add = [&](const std::string& code, const std::string& name) {
            std::string key = folded(name);
            for (const auto& [k, _] : out)
                if (k == key) return;
            out.emplace_back(key, DocType{code, name});
        };
        for (const auto& e : kTypes)
            if (e.regime != Entry::party_only) add(e.code, e.name);
        for (const char* name : kNamesWithoutCode) add("", name);
        std::stable_sort(out.begin(), out.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        return out;
    }();
    return table;
}

}  // namespace vbtrack
