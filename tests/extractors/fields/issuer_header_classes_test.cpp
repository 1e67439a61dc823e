// Header classes a blind set found (issue #6), with documents written for these
// tests: a party cell of a school under a commune's Đảng bộ, whose all-caps line
// holds "BỘ TRƯỜNG" across two words; a Chỉ thị that a deputy signs for the
// chair of a people's committee; a body whose name ends with its place on a line
// of its own; a unit named by several places joined by a dash.
#include <gtest/gtest.h>

#include <string>

#include "document_builder.hpp"
#include "extractors/official_names.hpp"
#include "extractors/school_names.hpp"

namespace vbtrack {
namespace {

using test::extract_text;

std::string party_report(std::string_view header, std::string_view place_date, std::string_view signature) {
    return std::string(header) + "*\nSố 04-BC/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n" + std::string(place_date) +
           "\nBÁO CÁO\nkết quả sinh hoạt chuyên đề quý III năm 2025\n"
           "1. Các tổ đảng hoàn thành trước ngày 15/10/2025.\n"
           "Nơi nhận:\n- Đảng ủy xã,\n- Lưu Chi bộ.\n" +
           std::string(signature) + "Giàng Thị Dua";
}

std::string state_document(std::string_view header, std::string_view place_date, std::string_view type_and_title,
                           std::string_view signature) {
    return std::string(header) + "Số: 07/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
           std::string(place_date) + "\n" + std::string(type_and_title) +
           "1. Các cơ quan, đơn vị báo cáo trước ngày 30/11/2025.\n"
           "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" +
           std::string(signature) + "Hà Văn Páo";
}

// "CHI BỘ TRƯỜNG" is a party cell of a school, not "Chi Bộ trưởng": the school
// keeps its own name, capitalized, and the Đảng bộ's commune is not added.
TEST(IssuerHeaderClasses, APartyCellOfASchoolUnderACommune) {
    Record r = extract_text(party_report("ĐẢNG BỘ XÃ NẬM PỒ\nCHI BỘ TRƯỜNG PTDTBT\nTIỂU HỌC NÀ HỲ\n",
                                         "Nậm Pồ, ngày 02 tháng 10 năm 2025", "T/M CHI BỘ\nBÍ THƯ\n"));
    EXPECT_EQ(r.issuer, "Chi bộ Trường PTDTBT Tiểu học Nà Hỳ");
    Record level = extract_text(party_report("ĐẢNG BỘ PHƯỜNG HÒA BÌNH\nCHI BỘ TRƯỜNG\nTRUNG HỌC CƠ SỞ LÊ LỢI\n",
                                             "Hòa Bình, ngày 02 tháng 10 năm 2025", "T/M CHI BỘ\nBÍ THƯ\n"));
    EXPECT_EQ(level.issuer, "Chi bộ Trường Trung học cơ sở Lê Lợi");
}

TEST(IssuerHeaderClasses, SchoolNamesInsideOrganisationNames) {
    EXPECT_EQ(official_case("CHI BỘ TRƯỜNG THPT MƯỜNG NHÉ"), "Chi bộ Trường THPT Mường Nhé");
    EXPECT_EQ(official_case("CÔNG ĐOÀN TRƯỜNG MẦM NON HOA SEN"), "Công đoàn Trường Mầm non Hoa Sen");
    // The office keeps its marks and its case: a minister is no school.
    EXPECT_EQ(official_case("BỘ TRƯỞNG BỘ NỘI VỤ"), "Bộ trưởng Bộ Nội vụ");
    EXPECT_TRUE(names_a_school("Chi bộ Trường PTDTNT THCS Mường Tè"));
    EXPECT_FALSE(names_a_school("Chi bộ Cơ quan"));
}

// A Chỉ thị signed "KT. CHỦ TỊCH" by a deputy is the chair's act, as a decision
// with the chair's competence line is; a plan signed the same way is the committee's.
TEST(IssuerHeaderClasses, ADirectiveSignedForTheChairIsTheChairs) {
    Record directive = extract_text(state_document("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\n", "Mường Tè, ngày 10 tháng 11 năm 2025",
                                                   "CHỈ THỊ\nVề việc tăng cường phòng, chống dịch bệnh gia súc\n",
                                                   "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"));
    EXPECT_EQ(directive.issuer, "Chủ tịch Ủy ban nhân dân huyện Mường Tè");
    Record plan = extract_text(state_document("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\n", "Mường Tè, ngày 10 tháng 11 năm 2025",
                                              "KẾ HOẠCH\nPhòng, chống dịch bệnh gia súc\n", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"));
    EXPECT_EQ(plan.issuer, "Ủy ban nhân dân huyện Mường Tè");
}

std::string state_letter(std::string_view header, std::string_view place_date) {
    return std::string(header) + "Số: 315/TB-KB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
           std::string(place_date) + "\nTHÔNG BÁO\nLịch nghỉ Tết Nguyên đán năm 2025\n"
           "1. Các đơn vị giao dịch gửi chứng từ trước ngày 20/01/2025.\n"
           "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn Hòa";
}

// A body whose name ends with its place on a line of its own: the line is the
// date line's place, even when its first word folds like a head ("HỘI" as "Hội").
TEST(IssuerHeaderClasses, ANameEndingWithThePlaceOfIssueOnItsOwnLine) {
    Record r = extract_text(state_letter("KHO BẠC NHÀ NƯỚC QUẢNG NAM\nKHO BẠC NHÀ NƯỚC\nHỘI AN\n",
                                         "Hội An, ngày 06 tháng 01 năm 2025"));
    EXPECT_EQ(r.issuer, "Kho bạc Nhà nước Hội An");
    EXPECT_EQ(r.place, "Hội An");
}

// A unit of a regional agency named by its area: several places joined by a
// dash, or a number; the province of the agency above is not added.
TEST(IssuerHeaderClasses, AUnitNamedByItsArea) {
    Record places = extract_text(state_letter("CỤC THUẾ TỈNH THANH HÓA\nCHI CỤC THUẾ KHU VỰC\nNGA SƠN - HẬU LỘC\n",
                                              "Nga Sơn, ngày 06 tháng 01 năm 2025"));
    EXPECT_EQ(places.issuer, "Chi cục Thuế khu vực Nga Sơn - Hậu Lộc");
    Record numbered = extract_text(state_letter("KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC IX\n",
                                                "Cần Thơ, ngày 06 tháng 01 năm 2025"));
    EXPECT_EQ(numbered.issuer, "Kho bạc Nhà nước khu vực IX");
    // An area before a level is a field, not a place: only the province is one.
    const Localities field = localities_in("Ban Quản lý khu vực phát triển đô thị tỉnh Vĩnh Phúc");
    EXPECT_EQ(field.size(), 1u);
    EXPECT_EQ(field.count("tỉnh"), 1u);
}

TEST(IssuerHeaderClasses, PlacesJoinedByADashAreOnePlace) {
    const Localities places = localities_in("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu");
    ASSERT_EQ(places.count("tỉnh"), 1u);
    EXPECT_EQ(places.at("tỉnh"), "Bà Rịa - Vũng Tàu");
    // A dash before a level ends the place.
    EXPECT_EQ(localities_in("huyện Kỳ Sơn - tỉnh Nghệ An").at("huyện"), "Kỳ Sơn");
}

// A scan's competence line with OCR specks at its ends: the office as printed,
// cased, without them.
TEST(IssuerHeaderClasses, ACompetenceLineWithSpecksFromAScan) {
    Record r = extract_text(
        "UBND HUYỆN LỤC YÊN\nTHANH TRA HUYỆN\nSố: 21/QĐ-TTr\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLục Yên, ngày 03 tháng 6 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc thanh tra việc quản lý ngân sách tại xã Khánh Hòa\n"
        "_ CHÁNH THANH TRA HUYỆN LỤC YÊN _.\n"
        "Căn cứ Luật Thanh tra ngày 14 tháng 11 năm 2022;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Thanh tra việc quản lý ngân sách; báo cáo trước ngày 30/6/2025.\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHÁNH THANH TRA\nHoàng Văn Sinh",
        TextSource::ocr);
    EXPECT_EQ(r.issuer, "Chánh Thanh tra huyện Lục Yên");
}

// What a scan leaves around the date line's place and the signature block's
// lines: the place is still the header's last line, the deputy still signs for
// the chair, and the name is read without the specks.
TEST(IssuerHeaderClasses, SpecksAroundThePlaceAndTheSignatureOfAScan) {
    Record treasury = extract_text(
        "KHO BẠC NHÀ NƯỚC QUẢNG NAM\nKHO BẠC NHÀ NƯỚC\n_\nHỘI AN\nSố: 315/TB-KB\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n__ Hội An, ngày 06 tháng 01 năm 2025\n"
        "THÔNG BÁO\nLịch nghỉ Tết Nguyên đán năm 2025\n1. Các đơn vị giao dịch gửi chứng từ trước ngày 20/01/2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nQ. GIÁM ĐỐC -\n_Nguyễn Văn Hòa",
        TextSource::ocr);
    EXPECT_EQ(treasury.issuer, "Kho bạc Nhà nước Hội An");
    ASSERT_TRUE(treasury.signer);
    EXPECT_EQ(treasury.signer->name, "Nguyễn Văn Hòa");
    Record directive = extract_text(
        state_document("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\n", "-_ Mường Tè, ngày 10 tháng 11 năm 2025",
                       "CHỈ THỊ\nVề việc tăng cường phòng, chống dịch bệnh gia súc\n", "KT. CHỦ TỊCH.\nPHÓ CHỦ TỊCH\n:\n- "),
        TextSource::ocr);
    EXPECT_EQ(directive.issuer, "Chủ tịch Ủy ban nhân dân huyện Mường Tè");
    ASSERT_TRUE(directive.signer);
    EXPECT_EQ(directive.signer->name, "Hà Văn Páo");
}

// Offices and forces named inside names: the inspectorate after its head, the
// military of a level, a unit's head.
TEST(IssuerHeaderClasses, InspectorateMilitaryAndUnitHeadsCased) {
    EXPECT_EQ(official_case("PHÓ CHÁNH THANH TRA TỈNH"), "Phó Chánh Thanh tra tỉnh");
    EXPECT_EQ(official_case("BAN CHỈ HUY QUÂN SỰ HUYỆN MƯỜNG LÁT"), "Ban Chỉ huy Quân sự huyện Mường Lát");
    EXPECT_EQ(official_case("CHI CỤC TRƯỞNG"), "Chi cục trưởng");
    EXPECT_EQ(official_case("CỤC TRƯỞNG CỤC THUẾ"), "Cục trưởng Cục Thuế");
}

}  // namespace
}  // namespace vbtrack
