#include "extractors/body_heads.hpp"

namespace vbtrack {

namespace {

using S = BodyHead::InSentence;

constexpr BodyHead kBodyHeads[] = {
    // Bodies, in headers and sentences.
    {"ủy ban", true, S::any_case},      {"ubnd", true, S::any_case},        {"hđnd", true, S::any_case},
    {"ubmttq", true, S::any_case},      {"hội đồng", true, S::any_case},    {"sở", true, S::any_case},
    {"bộ", true, S::any_case},          {"ban", true, S::any_case},         {"cục", true, S::any_case},
    {"chi cục", true, S::any_case},     {"tổng cục", true, S::any_case},    {"viện", true, S::any_case},
    {"văn phòng", true, S::any_case},   {"phòng", true, S::any_case},       {"trung tâm", true, S::any_case},
    {"đảng ủy", true, S::any_case},     {"đảng đoàn", true, S::any_case},   {"chi bộ", true, S::any_case},
    {"tỉnh ủy", true, S::any_case},     {"huyện ủy", true, S::any_case},    {"thành ủy", true, S::any_case},
    {"thường trực", true, S::any_case}, {"mặt trận", true, S::any_case},    {"đoàn", true, S::any_case},
    {"hội", true, S::any_case},         {"công an", true, S::any_case},     {"kho bạc", true, S::any_case},
    {"bảo hiểm", true, S::any_case},    {"công ty", true, S::any_case},     {"bệnh viện", true, S::any_case},
    // Bodies whose first word is a common one in lower case.
    {"trường", true, S::capitalized},   {"đảng bộ", true, S::capitalized},  {"liên đoàn", true, S::capitalized},
    {"thanh tra", true, S::capitalized}, {"tòa án", true, S::capitalized},  {"tổng công ty", true, S::capitalized},
    {"báo", true, S::capitalized},      {"đài", true, S::capitalized},      {"chi nhánh", true, S::capitalized},
    {"hạt", true, S::capitalized},      {"đồn", true, S::capitalized},      {"quỹ", true, S::capitalized},
    {"hợp tác xã", true, S::capitalized},
    {"tỉnh đoàn", false, S::capitalized}, {"huyện đoàn", false, S::capitalized}, {"thành đoàn", false, S::capitalized},
    {"thị đoàn", false, S::capitalized}, {"bưu điện", false, S::capitalized}, {"điện lực", false, S::capitalized},
    {"chi đoàn", false, S::capitalized}, {"chi hội", false, S::capitalized}, {"cảnh sát", false, S::capitalized},
    {"viễn thông", false, S::capitalized},
    // Units of a hospital or school ("Khoa Dược", lower case "khoa học" is none),
    // cultural bodies, trade unions and the other organisational nouns of a name.
    {"khoa", false, S::capitalized},    {"bảo tàng", false, S::any_case},   {"thư viện", false, S::any_case},
    {"công đoàn", false, S::any_case},  {"câu lạc bộ", false, S::capitalized}, {"hiệp hội", false, S::capitalized},
    {"nhà xuất bản", false, S::capitalized}, {"xí nghiệp", false, S::capitalized}, {"nhà máy", false, S::capitalized},
    {"ký túc xá", false, S::capitalized}, {"vườn quốc gia", false, S::capitalized},
    {"cấp ủy", false, S::any_case},     {"khối", false, S::capitalized},    {"cơ sở", false, S::capitalized},
    // Units of a school's pupils and of a party cell: "Liên đội nhà trường", "chi ủy
    // các chi bộ" (a cell's committee, in lower case as a kind of body); the office
    // of a party secretary, "Bí thư" ("Phó Bí thư Chi bộ").
    {"liên đội", false, S::capitalized}, {"chi ủy", false, S::any_case},   {"bí thư", false, S::capitalized},
    // Bodies a header names, seldom a sentence's subject.
    {"vụ", true, S::no},                {"học viện", true, S::no},          {"thị ủy", true, S::no},
    {"quận ủy", true, S::no},           {"chính phủ", true, S::no},         {"quốc hội", true, S::no},
    {"liên minh", true, S::no},         {"bch", true, S::no},
    {"lđlđ", true, S::no},               {"bql", true, S::no},
    // Offices, people and kinds that a sentence names as doers ("Chủ tịch UBND các xã", "các đơn vị").
    {"các", false, S::any_case},        {"đội", false, S::any_case},        {"công chức", false, S::any_case},
    {"trưởng", false, S::any_case},     {"chủ tịch", false, S::any_case},   {"giám đốc", false, S::any_case},
    {"thủ trưởng", false, S::any_case}, {"hiệu trưởng", false, S::any_case}, {"tổ", false, S::any_case},
    {"ngân hàng", false, S::any_case},  {"cơ quan", false, S::any_case},    {"ub", false, S::any_case},
    {"tt", false, S::any_case},         {"chánh", false, S::any_case},      {"ủy", false, S::any_case},
    {"đại biểu", false, S::any_case},   {"trạm", false, S::any_case},       {"người đứng đầu", false, S::any_case},
};

}  // namespace

std::span<const BodyHead> body_heads() { return kBodyHeads; }

}  // namespace vbtrack
