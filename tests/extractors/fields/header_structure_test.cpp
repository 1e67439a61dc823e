// The header read by the roles of its parts (Nghị định 30/2020/NĐ-CP Phụ lục I;
// Hướng dẫn 36-HD/VPTW): the direct superior's name above the issuer's, the
// motto block on the right, the number and a công văn's V/v in the left cell,
// place and date under the motto. Documents written for these tests, in shapes
// the held-out sets do not have: a Cục Thuế under a Tổng cục and a ministry, a
// Chi cục under a Cục, a Đảng ủy phường under a Đảng bộ thành phố, a Đảng ủy xã
// under a Huyện ủy, a school under a Phòng GD&ĐT, a Cục under a ministry.
#include <gtest/gtest.h>

#include <string>

#include "document_builder.hpp"
#include "extractors/official_names.hpp"

namespace vbtrack {
namespace {

using test::extract_text;

// A state công văn read column by column, as a text layer or OCR gives it: the
// left cell (issuer, number, V/v) and "Kính gửi:" under it, then the right
// cell (motto, place and date), then the addressees.
std::string state_letter_by_columns(std::string_view header, std::string_view vv, std::string_view place_date) {
    return std::string(header) + std::string(vv) +
           "Kính gửi:\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\n" +
           std::string(place_date) +
           "\n- Các tổ chức chi trả thu nhập trên địa bàn;\n"
           "- Các chi cục trực thuộc.\n"
           "Đề nghị các đơn vị thực hiện, báo cáo trước ngày 31/3/2025.\n"
           "Nơi nhận:\n"
           "- Như trên;\n"
           "- Lưu: VT.\n"
           "KT. CỤC TRƯỞNG\n"
           "PHÓ CỤC TRƯỞNG\n"
           "Nguyễn Văn Toàn";
}

// Three issuer lines: a ministry, a general department, then the issuer with its
// province on a line of its own; the V/v over two lines.
TEST(HeaderStructure, ThreeLineStateHeaderUnderAMinistryReadByColumns) {
    for (TextSource source : {TextSource::text_layer, TextSource::ocr}) {
        Record r = extract_text(state_letter_by_columns("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nCỤC THUẾ TỈNH QUẢNG BÌNH\n"
                                                        "Số: 512/CTQBI-TTHT\n",
                                                        "V/v hướng dẫn quyết toán thuế thu nhập\ncá nhân năm 2024\n",
                                                        "Quảng Bình, ngày 10 tháng 3 năm 2025"),
                                source);
        EXPECT_EQ(r.issuer, "Cục Thuế tỉnh Quảng Bình");
        EXPECT_EQ(r.place, "Quảng Bình");
        EXPECT_EQ(r.issued_date, "2025-03-10");
        EXPECT_EQ(r.number_symbol, "512/CTQBI-TTHT");
        EXPECT_EQ(r.title, "V/v hướng dẫn quyết toán thuế thu nhập cá nhân năm 2024");
    }
}

// The same công văn read row by row (a docx: "Kính gửi" after the header table).
TEST(HeaderStructure, ThreeLineStateHeaderReadByRows) {
    Record r = extract_text(
        "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nCỤC THUẾ TỈNH\nQUẢNG BÌNH\nSố: 77/CTQBI-KK\nV/v gia hạn nộp thuế\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 02 tháng 4 năm 2025\n"
        "Kính gửi: Các doanh nghiệp trên địa bàn tỉnh.\n"
        "Cục Thuế đề nghị các doanh nghiệp nộp hồ sơ trước ngày 30/4/2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCỤC TRƯỞNG\nPhan Văn Hải");
    EXPECT_EQ(r.issuer, "Cục Thuế tỉnh Quảng Bình");
    EXPECT_EQ(r.place, "Quảng Bình");
    EXPECT_EQ(r.issued_date, "2025-04-02");
}

// A Chi cục under a Cục, its district on the next line; the addressee on the
// "Kính gửi" line itself.
TEST(HeaderStructure, ASubDepartmentUnderADepartmentWithItsOwnPlace) {
    Record r = extract_text(
        "CỤC THI HÀNH ÁN DÂN SỰ TỈNH BẮC GIANG\nCHI CỤC THI HÀNH ÁN DÂN SỰ\nHUYỆN LỤC NAM\nSố: 140/CCTHADS-TCKT\n"
        "V/v phối hợp xác minh điều kiện\nthi hành án\n"
        "Kính gửi: Ủy ban nhân dân các xã, thị trấn.\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lục Nam, ngày 19 tháng 8 năm 2024\n"
        "Chi cục đề nghị Ủy ban nhân dân các xã cung cấp thông tin trước ngày 30/8/2024.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHI CỤC TRƯỞNG\nĐỗ Minh Tâm");
    EXPECT_EQ(r.issuer, "Chi cục Thi hành án dân sự huyện Lục Nam");
    EXPECT_EQ(r.place, "Lục Nam");
    EXPECT_EQ(r.issued_date, "2024-08-19");
    EXPECT_EQ(r.title, "V/v phối hợp xác minh điều kiện thi hành án");
}

// A Cục under a ministry takes nothing from it: the ministry has no place to give.
TEST(HeaderStructure, ADepartmentUnderAMinistryKeepsItsOwnName) {
    Record r = extract_text(
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC THỦY LỢI\nSố: 215/TL-QLCT\nV/v vận hành hồ chứa mùa lũ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 07 tháng 7 năm 2025\n"
        "Kính gửi: Các công ty khai thác công trình thủy lợi.\n"
        "Cục đề nghị các công ty báo cáo trước ngày 20/7/2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCỤC TRƯỞNG\nTrần Quốc Bảo");
    EXPECT_EQ(r.issuer, "Cục Thủy lợi");
    EXPECT_EQ(r.place, "Hà Nội");
}

// A party công văn (Hướng dẫn 36): the Đảng bộ above, the committee below, '*',
// the number and V/v in the left cell; read by columns, "Kính gửi:" first.
std::string party_letter(std::string_view header, std::string_view number, std::string_view place_date,
                         bool by_columns, std::string_view signature = "T/M ĐẢNG ỦY\nPHÓ BÍ THƯ\n") {
    const std::string right = "ĐẢNG CỘNG SẢN VIỆT NAM\n" + std::string(place_date) + "\n";
    std::string text = std::string(header) + "*\n" + std::string(number) + "\nV/v tổ chức hội nghị sơ kết\ncông tác dân vận năm 2025\n";
    text += by_columns ? "Kính gửi:\n" + right : right + "Kính gửi:\n";
    return text + "- Các chi bộ trực thuộc,\n- Các đoàn thể chính trị - xã hội.\n"
                  "Các chi bộ báo cáo kết quả trước ngày 15/6/2025.\n"
                  "Nơi nhận:\n- Như kính gửi,\n- Lưu Văn phòng.\n" +
           std::string(signature) + "Lê Thị Hạnh";
}

TEST(HeaderStructure, APartyLetterOfAWardCommittee) {
    for (bool by_columns : {true, false}) {
        Record r = extract_text(party_letter("ĐẢNG BỘ THÀNH PHỐ VINH\nĐẢNG ỦY PHƯỜNG HƯNG DŨNG\n", "Số 45-CV/ĐU",
                                             "Hưng Dũng, ngày 02 tháng 6 năm 2025", by_columns));
        EXPECT_EQ(r.issuer, "Đảng ủy phường Hưng Dũng") << by_columns;
        EXPECT_EQ(r.place, "Hưng Dũng") << by_columns;
        EXPECT_EQ(r.issued_date, "2025-06-02") << by_columns;
        EXPECT_EQ(r.number_symbol, "45-CV/ĐU") << by_columns;
        EXPECT_EQ(r.regime, "party") << by_columns;
        EXPECT_EQ(r.title, "V/v tổ chức hội nghị sơ kết công tác dân vận năm 2025") << by_columns;
    }
}

// A Đảng ủy xã under its Huyện ủy has its own place; a Ban under a Thành ủy is
// one of its organs, named after it.
TEST(HeaderStructure, ACommuneCommitteeAndAnOrganOfACityCommittee) {
    Record commune = extract_text(party_letter("HUYỆN ỦY YÊN THÀNH\nĐẢNG ỦY XÃ HỢP THÀNH\n", "Số 18-CV/ĐU",
                                               "Hợp Thành, ngày 12 tháng 5 năm 2025", true));
    EXPECT_EQ(commune.issuer, "Đảng ủy xã Hợp Thành");
    EXPECT_EQ(commune.place, "Hợp Thành");
    EXPECT_EQ(commune.issued_date, "2025-05-12");
    Record organ = extract_text(party_letter("THÀNH ỦY VINH\nBAN DÂN VẬN\n", "Số 27-CV/BDVTU",
                                             "Vinh, ngày 20 tháng 5 năm 2025", true,
                                             "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n"));
    EXPECT_EQ(organ.issuer, "Ban Dân vận Thành ủy Vinh");
    EXPECT_EQ(organ.place, "Vinh");
}

// A committee of a bloc under the provincial Đảng bộ (its name wrapped over two
// lines, as is the Đảng bộ's): the issuer takes the province, not the Đảng bộ.
TEST(HeaderStructure, ABlocCommitteeTakesOnlyThePlaceOfItsSuperior) {
    Record r = extract_text(
        "ĐẢNG BỘ TỈNH\nQUẢNG NGÃI\nĐẢNG ỦY KHỐI\nCÁC CƠ QUAN\n*\nSố 09-KH/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quảng Ngãi, ngày 03 tháng 3 năm 2025\nKẾ HOẠCH\nkiểm tra, giám sát năm 2025\n"
        "1. Các chi bộ cơ sở báo cáo trước ngày 30/6/2025.\n"
        "Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng.\nT/M ĐẢNG ỦY KHỐI\nBÍ THƯ\nVõ Văn Lâm");
    EXPECT_EQ(r.issuer, "Đảng ủy Khối các cơ quan tỉnh Quảng Ngãi");
    EXPECT_EQ(r.place, "Quảng Ngãi");
}

// A school under its Phòng GD&ĐT is named by its own name; a people's
// committee's agency whose province name folds like a level keeps it whole.
TEST(HeaderStructure, ASchoolUnderItsOfficeAndAPlaceThatFoldsLikeALevel) {
    Record school = extract_text(
        "PHÒNG GD&ĐT HUYỆN NAM ĐÀN\nTRƯỜNG TIỂU HỌC KIM LIÊN\nSố: 35/KH-THKL\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKim Liên, ngày 05 tháng 9 năm 2024\n"
        "KẾ HOẠCH\nTổ chức khai giảng năm học 2024 - 2025\n1. Các tổ chuyên môn chuẩn bị trước ngày 04/9/2024.\n"
        "Nơi nhận:\n- Phòng GD&ĐT;\n- Lưu: VT.\nHIỆU TRƯỞNG\nNguyễn Thị Mai");
    EXPECT_EQ(school.issuer, "Trường Tiểu học Kim Liên");
    Record agency = extract_text(
        "UBND TỈNH HÀ TĨNH\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ\nXÂY DỰNG CÔNG TRÌNH GIAO THÔNG\nSố: 61/BC-BQLDA\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 14 tháng 10 năm 2024\n"
        "BÁO CÁO\nTiến độ giải ngân vốn đầu tư công\n1. Các phòng chuyên môn báo cáo trước ngày 20/10/2024.\n"
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Sơn");
    EXPECT_EQ(agency.issuer, "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Hà Tĩnh");
}

// The official abbreviations of header lines, read out.
TEST(HeaderStructure, AbbreviatedIssuersReadOut) {
    Record women = extract_text(
        "HỘI LHPN VIỆT NAM\nHỘI LHPN HUYỆN QUỲNH LƯU\nSố: 14/KH-HPN\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuỳnh Lưu, ngày 01 tháng 10 năm 2024\n"
        "KẾ HOẠCH\nTổ chức Ngày Phụ nữ Việt Nam 20/10\n1. Hội LHPN các xã báo cáo trước ngày 25/10/2024.\n"
        "Nơi nhận:\n- Hội LHPN tỉnh;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nHồ Thị Vân");
    EXPECT_EQ(women.issuer, "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Quỳnh Lưu");
    Record insurance = extract_text(
        "BHXH VIỆT NAM\nBHXH TỈNH GIA LAI\nSố: 905/BHXH-TST\nV/v cấp thẻ bảo hiểm y tế\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGia Lai, ngày 11 tháng 6 năm 2024\n"
        "Kính gửi: Các đơn vị sử dụng lao động.\nĐề nghị các đơn vị gửi danh sách trước ngày 30/6/2024.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nRơ Châm Hương");
    EXPECT_EQ(insurance.issuer, "Bảo hiểm xã hội tỉnh Gia Lai");
}

TEST(HeaderStructure, TheLexiconOfOfficialAbbreviations) {
    EXPECT_EQ(expand_abbreviations("Hội LHPN tỉnh Bắc Ninh"), "Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh");
    EXPECT_EQ(expand_abbreviations("BHXH Việt Nam"), "Bảo hiểm xã hội Việt Nam");
    EXPECT_EQ(expand_abbreviations("Sở NN&PTNT"), "Sở Nông nghiệp và Phát triển nông thôn");
    EXPECT_EQ(expand_abbreviations("Ban CHQS huyện"), "Ban Chỉ huy Quân sự huyện");
    EXPECT_EQ(expand_abbreviations("UBND, HĐND xã"), "Ủy ban nhân dân, Hội đồng nhân dân xã");
    EXPECT_EQ(expand_abbreviations("Sở VH,TT&DL"), "Sở Văn hóa, Thể thao và Du lịch");
    // A word that only contains an abbreviation is not one.
    EXPECT_EQ(expand_abbreviations("UBNDX"), "UBNDX");
    // The unit head keeps its abbreviated field in capitals, for the lexicon to read out.
    EXPECT_EQ(official_case("SỞ GD&ĐT TỈNH NINH BÌNH"), "Sở GD&ĐT tỉnh Ninh Bình");
}

// A place whose name folds like a level word ("Hà Tĩnh", "Tĩnh Gia") is read whole.
TEST(HeaderStructure, PlaceNamesThatFoldLikeLevels) {
    EXPECT_EQ(localities_in("Ủy ban nhân dân tỉnh Hà Tĩnh")["tỉnh"], "Hà Tĩnh");
    EXPECT_EQ(localities_in("Ủy ban nhân dân huyện Tĩnh Gia")["huyện"], "Tĩnh Gia");
    // Without marks (stripped text), a level word is still one.
    EXPECT_EQ(localities_in("Uy ban nhan dan huyen Le Thuy tinh Quang Binh")["huyen"], "Le Thuy");
}

// Committees named by a bloc or force before their place.
TEST(HeaderStructure, CommitteesNamedByTheirField) {
    EXPECT_EQ(official_case("ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH BẮC NINH"), "Đảng ủy Khối Doanh nghiệp tỉnh Bắc Ninh");
    EXPECT_EQ(official_case("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"), "Đảng ủy Khối các cơ quan tỉnh");
    EXPECT_EQ(official_case("ĐẢNG ỦY QUÂN SỰ HUYỆN"), "Đảng ủy Quân sự huyện");
    EXPECT_EQ(official_case("ĐẢNG ỦY XÃ SƠN VĨ"), "Đảng ủy xã Sơn Vĩ");
    EXPECT_EQ(official_case("ĐẢNG ỦY PHÌN NGAN"), "Đảng ủy Phìn Ngan");
}

// What OCR leaves around the header parts: specks after an issuer line or the
// date, a place glued into one word in the header but not on the date line, and
// the trích yếu's aside in brackets on a line of its own (no style to go by).
TEST(HeaderStructure, OcrSpecksAroundTheHeaderParts) {
    Record r = extract_text(
        "HUYỆN ỦY TƯƠNGDƯƠNG -\nBAN TỔ CHỨC ˆ\n*\n_ Số 21-HD/BTCHU\n__ ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Tương Dương, ngày 09 tháng 4 năm 2025 - ˆ\nHƯỚNG DẪN\nthực hiện công tác phát triển đảng viên\n"
        "(giai đoạn 2025 - 2030)\n1. Các chi bộ trực thuộc báo cáo trước ngày 30/6/2025.\n"
        "Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu: VP.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nLô Văn Thanh",
        TextSource::ocr);
    EXPECT_EQ(r.issuer, "Ban Tổ chức Huyện ủy Tương Dương");
    EXPECT_EQ(r.place, "Tương Dương");
    EXPECT_EQ(r.issued_date, "2025-04-09");
    EXPECT_EQ(r.title, "Thực hiện công tác phát triển đảng viên (giai đoạn 2025 - 2030)");
    // A full stop OCR put before the aside does not end the trích yếu.
    Record stop = extract_text(
        "HUYỆN ỦY TƯƠNG DƯƠNG\nBAN TỔ CHỨC\n*\nSố 22-HD/BTCHU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Tương Dương, ngày 10 tháng 4 năm 2025\nHƯỚNG DẪN\nkỷ niệm 95 năm Ngày thành lập Đảng.\n"
        "(03/02/1930 - 03/02/2025)\n1. Các chi bộ trực thuộc báo cáo trước ngày 30/6/2025.\n"
        "Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu: VP.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nLô Văn Thanh",
        TextSource::ocr);
    EXPECT_TRUE(stop.title.ends_with("(03/02/1930 - 03/02/2025)")) << stop.title;
    // The right column after the V/v and "Kính gửi:", its date line ending in a speck.
    Record letter = extract_text(
        "BHXH VIỆT NAM “\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBẢO HIỂM XÃ HỘI\n_\nĐộc lập - Tự do - Hạnh phúc\n"
        "HUYỆN KRÔNG BÔNG\nSố: 88/BHXH-TN\nV/v đối chiếu số liệu đóng\nbảo hiểm năm 2024\nKính gửi:\n"
        "Krông Bông, ngày 16 tháng 12 năm 2024 -\n- Các đơn vị sử dụng lao động.\n"
        "Đề nghị các đơn vị gửi bảng đối chiếu trước ngày 25/12/2024.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nY Sơn Niê",
        TextSource::ocr);
    EXPECT_EQ(letter.place, "Krông Bông");
    EXPECT_EQ(letter.issued_date, "2024-12-16");
    EXPECT_EQ(letter.issuer, "Bảo hiểm xã hội huyện Krông Bông");
}

// The number's type code is the type line's: a code no type has, one letter off
// it, is read from the type line; a code of another type stays as printed.
TEST(HeaderStructure, TheTypeCodeOfTheNumberReadFromTheTypeLine) {
    auto proposal = [](std::string_view number) {
        return extract_text("UBND HUYỆN QUỲ HỢP\n" + std::string(number) +
                                "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                "Quỳ Hợp, ngày 08 tháng 7 năm 2024\nTỜ TRÌNH\nVề việc phê duyệt dự toán\n"
                                "Kính gửi: Hội đồng nhân dân huyện.\nỦy ban nhân dân huyện kính trình.\n"
                                "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nSầm Văn Hải",
                            TextSource::ocr)
            .number_symbol;
    };
    EXPECT_EQ(proposal("Số: 95/TIr-UBND"), "95/TTr-UBND");
    EXPECT_EQ(proposal("Số: 95/TTI-UBND"), "95/TTr-UBND");
    EXPECT_EQ(proposal("Số: 95/TTrr-UBND"), "95/TTr-UBND");
    EXPECT_EQ(proposal("Số: 95/TTr-UBND"), "95/TTr-UBND");
    EXPECT_EQ(proposal("Số: 95/KH-UBND"), "95/KH-UBND");
}

// The standing committee of a Mặt trận and a Ban of a people's council are organs
// of the body above them, named after it; a Ban under a department is an agency.
TEST(HeaderStructure, OrgansOfCouncilsAndFrontsAgenciesOfDepartments) {
    auto plan = [](std::string_view header, std::string_view signature) {
        return extract_text(std::string(header) +
                                "Số: 17/KH-BTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                "Đình Lập, ngày 04 tháng 3 năm 2025\nKẾ HOẠCH\nGiám sát việc thực hiện chính sách\n"
                                "1. Các thành viên báo cáo trước ngày 30/4/2025.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n" +
                                std::string(signature) + "Hoàng Văn Páo")
            .issuer;
    };
    EXPECT_EQ(plan("ỦY BAN MTTQ VIỆT NAM\nHUYỆN ĐÌNH LẬP\nBAN THƯỜNG TRỰC\n", "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n"),
              "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đình Lập");
    EXPECT_EQ(plan("HĐND HUYỆN ĐÌNH LẬP\nBAN KINH TẾ - XÃ HỘI\n", "TM. BAN KINH TẾ - XÃ HỘI\nTRƯỞNG BAN\n"),
              "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện Đình Lập");
    EXPECT_EQ(plan("SỞ XÂY DỰNG TỈNH LẠNG SƠN\nBAN QUẢN LÝ DỰ ÁN\n", "GIÁM ĐỐC\n"),
              "Ban Quản lý dự án tỉnh Lạng Sơn");
    // A Phòng of a provincial police is one of its units; a Phòng of a district's committee an agency.
    EXPECT_EQ(plan("CÔNG AN TỈNH LẠNG SƠN\nPHÒNG CẢNH SÁT GIAO THÔNG\n", "TRƯỞNG PHÒNG\n"),
              "Phòng Cảnh sát giao thông Công an tỉnh Lạng Sơn");
    EXPECT_EQ(plan("UBND HUYỆN ĐÌNH LẬP\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\n", "TRƯỞNG PHÒNG\n"),
              "Phòng Tài chính - Kế hoạch huyện Đình Lập");
}

// Read row by row, OCR puts the right column between the lines of the V/v: the
// lower-case lines right after it are the rest of the trích yếu; after a
// "Kính gửi" the addressees are not.
TEST(HeaderStructure, AVvSplitByTheRightColumn) {
    Record r = extract_text(
        "CÔNG AN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 318/CAT-PV01\n"
        "V/v tăng cường phòng, chống cháy.\nĐộc lập - Tự do - Hạnh phúc\nSơn La, ngày 05 tháng 3 năm 2025\n"
        "- nổ tại các chợ và trung tâm\nthương mại mùa khô năm 2025\n:\nKính gửi: Công an các huyện, thành phố.\n"
        "Công an tỉnh đề nghị Công an các huyện kiểm tra, báo cáo trước ngày 31/3/2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLò Văn Dũng",
        TextSource::ocr);
    EXPECT_TRUE(r.title.starts_with("V/v tăng cường phòng, chống cháy")) << r.title;
    EXPECT_TRUE(r.title.ends_with("nổ tại các chợ và trung tâm thương mại mùa khô năm 2025")) << r.title;
    EXPECT_EQ(r.issued_date, "2025-03-05");
    EXPECT_EQ(r.place, "Sơn La");
    Record addressed = extract_text(
        "SỞ Y TẾ TỈNH SƠN LA\nSố: 91/SYT-NVY\nV/v tiêm chủng mở rộng\nKính gửi:\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSơn La, ngày 07 tháng 3 năm 2025\n"
        "- các trung tâm y tế huyện, thành phố.\nSở Y tế đề nghị các đơn vị báo cáo trước ngày 31/3/2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nQuàng Văn Inh",
        TextSource::ocr);
    EXPECT_EQ(addressed.title, "V/v tiêm chủng mở rộng");
    EXPECT_EQ(addressed.issued_date, "2025-03-07");
}

}  // namespace
}  // namespace vbtrack
