// Issuers under a parent organisation (Nghị định 30/2020: the first header line
// names the governing body, the second the issuer), written for these tests: a
// provincial trade-union federation under the national one, an agency under a
// people's committee, a sub-department under a Sở, the Youth Union's provincial
// and district committees; and the casing of names whose words fold like levels.
#include <gtest/gtest.h>

#include <string>

#include "document_builder.hpp"
#include "extractors/official_names.hpp"

namespace vbtrack {
namespace {

using test::extract_text;

std::string state_letter(std::string_view header, std::string_view place_date, std::string_view title,
                         std::string_view signature) {
    return std::string(header) + "Số: 21/KH-XX\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\n" +
           std::string(place_date) + "\n" + std::string(title) +
           "1. Các đơn vị triển khai thực hiện trước ngày 30/6/2025.\n"
           "Nơi nhận:\n"
           "- Như trên;\n"
           "- Lưu: VT.\n" +
           std::string(signature) + "Lò Văn Khiêm";
}

// "TỔNG LĐLĐ VIỆT NAM" is the parent; "LĐLĐ TỈNH ..." the issuer, its abbreviation read out.
TEST(IssuerUnderParent, AProvincialFederationUnderTheNationalOne) {
    Record r = extract_text(state_letter("TỔNG LĐLĐ VIỆT NAM\nLĐLĐ TỈNH NINH THUẬN\n",
                                         "Ninh Thuận, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH\nTổ chức Tháng Công nhân năm 2025\n",
                                         "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n"));
    EXPECT_EQ(r.issuer, "Ban Thường vụ Liên đoàn Lao động tỉnh Ninh Thuận");
}

// An agency of a people's committee takes the committee's place, not its name;
// the committee's own office keeps the name ("Văn phòng Ủy ban nhân dân tỉnh").
TEST(IssuerUnderParent, AnAgencyOfAPeoplesCommitteeTakesItsPlace) {
    Record board = extract_text(state_letter("UBND TỈNH HÀ TĨNH\nBAN QUẢN LÝ\nKHU KINH TẾ\n",
                                             "Hà Tĩnh, ngày 10 tháng 4 năm 2025", "KẾ HOẠCH\nKiểm tra các dự án đầu tư\n",
                                             "TRƯỞNG BAN\n"));
    EXPECT_EQ(board.issuer, "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh");
    Record office = extract_text(state_letter("UBND HUYỆN MƯỜNG LA\nVĂN PHÒNG\n", "Mường La, ngày 10 tháng 4 năm 2025",
                                              "KẾ HOẠCH\nKiểm tra công tác văn thư\n", "CHÁNH VĂN PHÒNG\n"));
    EXPECT_EQ(office.issuer, "Văn phòng Ủy ban nhân dân huyện Mường La");
}

// A Sở is provincial: a Chi cục under it is named with the province, which the
// date line gives when the Sở's line prints it without its level; the trích yếu
// wrapped over three lines runs up to the right column, whose date is then read.
TEST(IssuerUnderParent, ASubDepartmentUnderASo) {
    Record r = extract_text(
        "SỞ NN&PTNT THANH HÓA\n"
        "CHI CỤC THỦY LỢI\n"
        "Số: 88/CCTL-QLĐĐ\n"
        "V/v kiểm tra an toàn đê điều\n"
        "trước mùa mưa lũ trên sông\n"
        "Mã và sông Chu\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Thanh Hóa, ngày 12 tháng 5 năm 2025\n"
        "Kính gửi: Hạt Quản lý đê các huyện.\n"
        "Chi cục đề nghị các Hạt kiểm tra đê điều, báo cáo trước ngày 30/5/2025.\n"
        "Nơi nhận:\n"
        "- Như trên;\n"
        "- Lưu: VT.\n"
        "CHI CỤC TRƯỞNG\n"
        "Lê Văn Hùng");
    EXPECT_EQ(r.issuer, "Chi cục Thủy lợi tỉnh Thanh Hóa");
    EXPECT_EQ(r.place, "Thanh Hóa");
    EXPECT_EQ(r.issued_date, "2025-05-12");
    EXPECT_EQ(r.title, "V/v kiểm tra an toàn đê điều trước mùa mưa lũ trên sông Mã và sông Chu");
}

// A unit named as its level's own ("Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế
// huyện") takes its parent's place name after that level, not the level again;
// like a Sở, it is named by its field, capitalized (Nghị định 30, Phụ lục II).
TEST(IssuerUnderParent, AUnitNamedByItsLevelTakesThePlaceNameOnly) {
    Record hospital = extract_text(state_letter("SỞ Y TẾ QUẢNG BÌNH\nBỆNH VIỆN ĐA KHOA TỈNH\n",
                                                "Quảng Bình, ngày 03 tháng 3 năm 2025",
                                                "KẾ HOẠCH\nPhòng, chống dịch bệnh mùa hè năm 2025\n", "GIÁM ĐỐC\n"));
    EXPECT_EQ(hospital.issuer, "Bệnh viện Đa khoa tỉnh Quảng Bình");
    Record centre = extract_text(state_letter("UBND HUYỆN ĐIỆN BIÊN\nTRUNG TÂM Y TẾ HUYỆN\n",
                                              "Điện Biên, ngày 03 tháng 3 năm 2025",
                                              "KẾ HOẠCH\nTiêm chủng mở rộng năm 2025\n", "GIÁM ĐỐC\n"));
    EXPECT_EQ(centre.issuer, "Trung tâm Y tế huyện Điện Biên");
}

// "BCH ĐOÀN TỈNH X" (the Youth Union's provincial executive committee) is called
// "Tỉnh đoàn X", as its own signature block says; a district's "Huyện đoàn X".
TEST(IssuerUnderParent, TheYouthUnionCalledByItsLevel) {
    auto youth_plan = [](std::string_view header, std::string_view place, std::string_view authority) {
        return extract_text(std::string(header) + "*\nSố: 31-KH/TĐTN\nĐOÀN TNCS HỒ CHÍ MINH\n" + std::string(place) +
                            ", ngày 02 tháng 6 năm 2025\nKẾ HOẠCH\nTổ chức Ngày hội thanh niên năm 2025\n"
                            "1. Các cơ sở đoàn triển khai trước ngày 30/6/2025.\nNơi nhận:\n- Lưu: VP.\n" +
                            std::string(authority) + "\nBÍ THƯ\nHồ Thị Lan");
    };
    EXPECT_EQ(youth_plan("BCH ĐOÀN TỈNH\nQUẢNG TRỊ\n", "Quảng Trị", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN").issuer,
              "Ban Thường vụ Tỉnh đoàn Quảng Trị");
    EXPECT_EQ(youth_plan("BCH ĐOÀN HUYỆN\nHƯỚNG HÓA\n", "Hướng Hóa", "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN").issuer,
              "Ban Thường vụ Huyện đoàn Hướng Hóa");
}

// "QUẢN LÝ" folds like the level "quận" + a place; a level after a committee is a level.
TEST(IssuerUnderParent, WordsThatFoldLikeLevels) {
    EXPECT_EQ(official_case("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG"), "Ban Quản lý dự án đầu tư xây dựng");
    EXPECT_EQ(official_case("ĐẢNG ỦY XÃ PHÌN NGAN"), "Đảng ủy xã Phìn Ngan");
    EXPECT_EQ(official_case("CHI CỤC THỦY LỢI"), "Chi cục Thủy lợi");
    EXPECT_EQ(official_case("QUẬN ỦY BA ĐÌNH"), "Quận ủy Ba Đình");
    EXPECT_EQ(official_case("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), "Trung tâm Phục vụ hành chính công");
    EXPECT_EQ(official_case("SỞ NỘI VỤ TỈNH SƠN LA"), "Sở Nội vụ tỉnh Sơn La");
}

}  // namespace
}  // namespace vbtrack
