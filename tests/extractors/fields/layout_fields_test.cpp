// Whole documents written for these tests (not the development samples), one
// per layout: a Party notice, a state normative decision with a competence
// line, and an OCR'd công văn with stripped marks and merged columns.
#include <gtest/gtest.h>

#include "document_builder.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {
namespace {

using test::extract_text;

constexpr std::string_view kPartyNotice =
    "ĐẢNG BỘ TỈNH LÀO CAI\n"
    "HUYỆN ỦY BẢO YÊN\n"
    "*\n"
    "Số 203-TB/HU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Bảo Yên, ngày 3 tháng 11 năm 2022\n"
    "THÔNG BÁO\n"
    "kết luận của Ban Thường vụ Huyện ủy\n"
    "về công tác chuẩn bị Đại hội Hội Nông dân huyện\n"
    "Ngày 28/10/2022, Ban Thường vụ Huyện ủy họp nghe báo cáo việc thực hiện Chỉ thị số 05-CT/TU ngày 3/4/2020 "
    "của Ban Thường vụ Tỉnh ủy về công tác đại hội và Quyết định 1158-QĐ/TU của Tỉnh ủy. Ban Thường vụ Huyện ủy "
    "kết luận như sau:\n"
    "1. Hội Nông dân huyện chủ trì, phối hợp với Ban Tổ chức Huyện ủy, Ủy ban Mặt trận Tổ quốc huyện xây dựng "
    "phương án nhân sự; hoàn thành trước ngày 15/11/2022.\n"
    "2. Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo này.\n"
    "Nơi nhận:\n"
    "- Ban Thường vụ Tỉnh ủy (b/c),\n"
    "- Các đồng chí Huyện ủy viên,\n"
    "- Hội Nông dân huyện,\n"
    "- Lưu Văn phòng Huyện ủy.\n"
    "T/L BAN THƯỜNG VỤ\n"
    "CHÁNH VĂN PHÒNG\n"
    "Lý Văn Sinh";

TEST(PartyNotice, HeaderFields) {
    Record r = extract_text(kPartyNotice);
    EXPECT_EQ(r.regime, "party");
    EXPECT_EQ(r.doc_type, "TB");
    EXPECT_EQ(r.doc_type_name, "Thông báo");
    EXPECT_EQ(r.number_symbol, "203-TB/HU");
    EXPECT_EQ(r.issued_date, "2022-11-03");
    EXPECT_EQ(r.place, "Bảo Yên");
    EXPECT_EQ(r.issuer_lines, (std::vector<std::string>{"ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO YÊN"}));
    // Signed "by order of" the standing committee: the committee issues it.
    EXPECT_EQ(r.issuer, "Ban Thường vụ Huyện ủy Bảo Yên");
    EXPECT_EQ(r.title, "Kết luận của Ban Thường vụ Huyện ủy về công tác chuẩn bị Đại hội Hội Nông dân huyện");
    EXPECT_EQ(r.status, Status::ok);
}

TEST(PartyNotice, SignerReferencesRolesRecipients) {
    Record r = extract_text(kPartyNotice);
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->name, "Lý Văn Sinh");
    EXPECT_EQ(r.signer->position, "Chánh Văn phòng");
    EXPECT_EQ(r.signer->authority, "T/L Ban Thường vụ");

    ASSERT_EQ(r.references.size(), 2u);
    EXPECT_EQ(r.references[0].number_symbol, "05-CT/TU");
    EXPECT_EQ(r.references[0].doc_type, "CT");
    EXPECT_EQ(r.references[0].date, "2020-04-03");
    EXPECT_EQ(r.references[0].issuer, "Ban Thường vụ Tỉnh ủy Lào Cai");
    EXPECT_EQ(r.references[1].number_symbol, "1158-QĐ/TU");
    EXPECT_EQ(r.references[1].issuer, "Tỉnh ủy Lào Cai");

    auto has = [&](const std::string& name, const std::string& role) {
        for (const auto& b : r.responsible_bodies)
            if (b.name == name && b.role == role) return true;
        return false;
    };
    EXPECT_TRUE(has("Hội Nông dân huyện", "chủ trì"));
    EXPECT_TRUE(has("Ban Tổ chức Huyện ủy", "phối hợp"));
    EXPECT_TRUE(has("Ủy ban Mặt trận Tổ quốc huyện", "phối hợp"));
    // "Giao X theo dõi, đôn đốc việc thực hiện ...", no task after it: X monitors only.
    EXPECT_FALSE(has("Văn phòng Huyện ủy", "thực hiện"));
    EXPECT_TRUE(has("Văn phòng Huyện ủy", "theo dõi"));

    EXPECT_EQ(r.recipients, (std::vector<std::string>{"Ban Thường vụ Tỉnh ủy", "Các đồng chí Huyện ủy viên",
                                                       "Hội Nông dân huyện"}));
}

TEST(PartyNotice, EveryFieldHasEvidenceIntoTheText) {
    Record r = extract_text(kPartyNotice);
    for (const char* field : {"regime", "doc_type", "number_symbol", "issued_date", "place", "issuer", "title", "signer"}) {
        ASSERT_EQ(r.evidence.count(field), 1u) << field;
        const Evidence& e = r.evidence.at(field);
        EXPECT_LT(e.span_begin, e.span_end) << field;
        EXPECT_LE(e.span_end, r.text.size()) << field;
        EXPECT_FALSE(e.rule.empty()) << field;
        EXPECT_EQ(e.source, "text-layer");
    }
    const Evidence& number = r.evidence.at("number_symbol");
    EXPECT_EQ(r.text.substr(number.span_begin, number.span_end - number.span_begin), "Số 203-TB/HU");
    EXPECT_EQ(r.evidence.count("references[1]"), 1u);
    EXPECT_EQ(r.evidence.count("recipients[2]"), 1u);
}

constexpr std::string_view kNormativeDecision =
    "BỘ NỘI VỤ\n"
    "Số: 15/2023/QĐ-BNV\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 20 tháng 3 năm 2023\n"
    "QUYẾT ĐỊNH\n"
    "Ban hành Quy chế làm việc của Vụ Tổ chức - Biên chế\n"
    "BỘ TRƯỞNG BỘ NỘI VỤ\n"
    "Căn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ của "
    "Bộ Nội vụ;\n"
    "Theo đề nghị của Vụ trưởng Vụ Tổ chức - Biên chế.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Vụ Tổ chức - Biên chế.\n"
    "Điều 2. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức - Biên chế chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n"
    "- Như Điều 2;\n"
    "- Lưu: VT, TCBC.\n"
    "KT. BỘ TRƯỞNG\n"
    "THỨ TRƯỞNG\n"
    "Trần Thị Hà";

TEST(NormativeDecision, CompetenceLineIsTheIssuer) {
    Record r = extract_text(kNormativeDecision);
    EXPECT_EQ(r.regime, "state");
    EXPECT_EQ(r.doc_type, "QĐ");
    EXPECT_EQ(r.doc_type_name, "Quyết định");
    EXPECT_EQ(r.number_symbol, "15/2023/QĐ-BNV");
    EXPECT_EQ(r.issued_date, "2023-03-20");
    EXPECT_EQ(r.place, "Hà Nội");
    EXPECT_EQ(r.issuer, "Bộ trưởng Bộ Nội vụ");
    EXPECT_EQ(r.title, "Ban hành Quy chế làm việc của Vụ Tổ chức - Biên chế");
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->authority, "KT. Bộ trưởng");
    EXPECT_EQ(r.signer->position, "Thứ trưởng");
    EXPECT_EQ(r.signer->name, "Trần Thị Hà");
    ASSERT_EQ(r.references.size(), 1u);
    EXPECT_EQ(r.references[0].number_symbol, "63/2022/NĐ-CP");
    EXPECT_EQ(r.references[0].doc_type, "NĐ");
    EXPECT_EQ(r.references[0].date, "2022-09-12");
    EXPECT_EQ(r.references[0].issuer, "Chính phủ");
    EXPECT_EQ(r.recipients, std::vector<std::string>{"Như Điều 2"});
    bool executes = false;
    for (const auto& b : r.responsible_bodies)
        executes = executes || (b.name == "Vụ trưởng Vụ Tổ chức - Biên chế" && b.role == "thực hiện");
    EXPECT_TRUE(executes);
}

// As an OCR of a scan with a model that drops the marks reads it: both header
// columns on one line, the signature's first line beside "Nơi nhận".
constexpr std::string_view kOcrCongVan =
    "UBND TINH HA GIANG CONG HOA XA HQI CHU NGHIA VIET NAM\n"
    "SO GIAO THONG VAN TAI Doc lap - Tu do - Hanh phuc\n"
    "S6: 1021 /SGTVT-QLCL Ha Giang, ngdy 16 thang 8 nam 2023\n"
    "V/v tang cuong kiem tra an toan giao thong\n"
    "mua mua lu nam 2023\n"
    "Kinh gui: Cac don vi truc thuoc.\n"
    "Thuc hien Cong van so 2345/UBND-KTTH ngay 10/8/2023 cua UBND tinh ve viec bao dam an toan giao thong, "
    "So Giao thong van tai de nghi cac don vi thuc hien nhu sau.\n"
    "Noi nhan: KT. GIAM DOC\n"
    "- Nhu tren;\n"
    "- Luu: VT, QLCL.\n"
    "PHO GIAM DOC\n"
    "Nguyen Van Hung";

TEST(OcrCongVan, FieldsSurviveStrippedMarksAndMergedColumns) {
    Record r = extract_text(kOcrCongVan, TextSource::ocr);
    EXPECT_EQ(r.regime, "state");
    EXPECT_EQ(r.doc_type, "CV");
    EXPECT_EQ(r.doc_type_name, "Công văn");
    EXPECT_EQ(r.number_symbol, "1021/SGTVT-QLCL");
    EXPECT_EQ(r.issued_date, "2023-08-16");
    EXPECT_EQ(r.place, "Ha Giang");
    EXPECT_EQ(r.issuer_lines, (std::vector<std::string>{"UBND TINH HA GIANG", "SO GIAO THONG VAN TAI"}));
    EXPECT_NE(folded(r.issuer).find("giao thong van tai"), std::string::npos) << r.issuer;
    EXPECT_NE(folded(r.issuer).find("ha giang"), std::string::npos) << r.issuer;
    EXPECT_EQ(r.title, "V/v tang cuong kiem tra an toan giao thong mua mua lu nam 2023");
    ASSERT_TRUE(r.signer);
    // Only the family name is a closed class whose marks can be told from its letters.
    EXPECT_EQ(r.signer->name, "Nguyễn Van Hung");
    EXPECT_EQ(r.signer->authority.substr(0, 3), "KT.");
    ASSERT_EQ(r.references.size(), 1u);
    EXPECT_EQ(r.references[0].number_symbol, "2345/UBND-KTTH");
    EXPECT_EQ(r.references[0].date, "2023-08-10");
    EXPECT_EQ(r.recipients, std::vector<std::string>{"Nhu tren"});
    const Evidence& e = r.evidence.at("number_symbol");
    EXPECT_EQ(e.source, "ocr");
    EXPECT_NEAR(e.confidence, 0.9, 1e-9);  // the rule's 1.0 times the line's OCR confidence
}

// A PDF text layer read into columns: header lines in cells, a title that
// wraps into a lower-case line, no alignment known.
TEST(PositionedWords, WrappedTitleWithoutAlignment) {
    Document doc = test::document_from_text(
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 41/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nTân Lập, ngày 9 tháng 5 năm 2024\nTHÔNG BÁO\n"
        "Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã quý III -\nnăm 2024\n"
        "Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau:");
    for (int i = 0; i < 6; ++i) doc.paragraphs[i].cell = CellPosition{0, 0, i < 3 ? 0 : 1};
    Record r = test::extract_record(doc);
    EXPECT_EQ(r.title, "Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã quý III - năm 2024");
    EXPECT_EQ(r.issuer, "Ủy ban nhân dân xã Tân Lập");
    EXPECT_EQ(r.doc_type, "TB");
}

TEST(Recipients, ItemsWrappedByOcrStayOneItem) {
    Record r = extract_text("Nội dung.\nNơi nhận:\n- Các đồng chí Ủy viên Ban Thường vụ Huyện\nỦy,\n"
                            "- Các chi bộ, đảng bộ trực\nthuộc Huyện ủy,\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLò Văn Tâm");
    EXPECT_EQ(r.recipients, (std::vector<std::string>{"Các đồng chí Ủy viên Ban Thường vụ Huyện Ủy",
                                                       "Các chi bộ, đảng bộ trực thuộc Huyện ủy"}));
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->name, "Lò Văn Tâm");
    EXPECT_EQ(r.signer->authority, "T/M Ban Thường vụ");
}

// One entry per body: an office named with its deputies stays one, a collective
// head with the places it lists stays one (also wrapped after a comma), two bodies split.
TEST(Recipients, OfficesWithDeputiesAndCollectiveHeadsWithPlaces) {
    Record r = extract_text(
        "Nội dung.\nNơi nhận:\n- GĐ, PGĐ Sở;\n- Chủ tịch, Phó Chủ tịch UBND huyện;\n- CVP, PCVP HĐND huyện;\n"
        "- UBND các xã: Nà Phặc, Bằng Vân, Thượng Ân,\nCốc Đán;\n- Phòng Kinh tế, Phòng Nội vụ;\n"
        "_.~ Các trường học,\n- Lưu: VT.\nGIÁM ĐỐC\nMa Văn Khoa");
    EXPECT_EQ(r.recipients, (std::vector<std::string>{"GĐ, PGĐ Sở", "Chủ tịch, Phó Chủ tịch UBND huyện",
                                                       "CVP, PCVP HĐND huyện",
                                                       "UBND các xã: Nà Phặc, Bằng Vân, Thượng Ân, Cốc Đán",
                                                       "Phòng Kinh tế", "Phòng Nội vụ", "Các trường học"}));
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->name, "Ma Văn Khoa");
}

// What a noisy scan adds to the lines: specks read as quotes and colons, a full
// stop inside the trích yếu, a dash glued to a wrapped line, a wrapped recipient in capitals.
TEST(OcrSpecks, HeaderTitleAndRecipientsSurviveStrayPunctuation) {
    Record r = extract_text(
        "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ\nPHÒNG NỘI VỤ:\nSố: 57/BC-PNV\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n——_ Mường Tè, ngày 2 tháng 4 năm 2024\n"
        "- ' BÁO CÁO |\nKết quả công tác cải cách hành chính.\nquý I\n-3 tháng đầu năm 2024\n"
        "Phòng Nội vụ báo cáo kết quả như sau.\nNơi nhận:\n;\n- Ủy ban nhân dân huyện,\n- Các đồng chí Ủy viên Ban Thường vụ\n"
        "HUYỆN ỦY,\n- Lưu: VT.\nTRƯỞNG PHÒNG\nPhàn Văn Sử",
        TextSource::ocr);
    EXPECT_EQ(r.doc_type, "BC");
    EXPECT_EQ(r.place, "Mường Tè");
    EXPECT_EQ(r.title, "Kết quả công tác cải cách hành chính. quý I -3 tháng đầu năm 2024");
    EXPECT_EQ(r.issuer_lines, (std::vector<std::string>{"ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ", "PHÒNG NỘI VỤ"}));
    EXPECT_EQ(r.recipients, (std::vector<std::string>{"Ủy ban nhân dân huyện",
                                                       "Các đồng chí Ủy viên Ban Thường vụ HUYỆN ỦY"}));
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->position, "Trưởng phòng");
}

// A hard scan of a party document: a dash after the type name, speck lines between
// it and the trích yếu and inside it, a stray ':' ending a title line, a speck
// letter in the symbol, the heading glued to the last body line, stray syllables
// and a lone dash among the recipients.
TEST(OcrSpecks, TypeTitleSymbolAndFooterOfAHardScan) {
    Record r = extract_text(
        "ĐẢNG BỘ HUYỆN MƯỜNG CHÀ\nĐẢNG ỦY XÃ SA LÔNG\n*\nSố 05-QCŒ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Sa Lông, ngày 9 tháng 3 năm 2021\nQUY CHẾ -\n_\n\"\nphối hợp giữa Đảng ủy và Ủy ban Mặt trận:\ni\n"
        "trong công tác dân vận nhiệm kỳ\n2020 - 2025 -\nĐiều 1. Đảng ủy lãnh đạo chung.\n"
        "Điều 2. Văn phòng Đảng ủy theo dõi việc thực hiện./. Nơi nhận: -\n` ơi\n- Ban Dân vận Huyện ủy (b/c),\nnh\n"
        "- Các chi bộ trực thuộc,\n- UBND xã, -\n- Lưu Văn phòng Đảng ủy.\nT/M ĐẢNG ỦY\nBÍ THƯ\nGiàng A Lử",
        TextSource::ocr);
    EXPECT_EQ(r.doc_type, "QC");
    EXPECT_EQ(r.number_symbol, "05-QC/ĐU");
    EXPECT_EQ(r.title, "Phối hợp giữa Đảng ủy và Ủy ban Mặt trận: trong công tác dân vận nhiệm kỳ 2020 - 2025");
    EXPECT_EQ(r.recipients, (std::vector<std::string>{"Ban Dân vận Huyện ủy", "Các chi bộ trực thuộc", "UBND xã"}));
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->name, "Giàng A Lử");
    EXPECT_EQ(r.signer->authority, "T/M Đảng ủy");
}

// "T/M" read as "'LM": a token that is no syllable before a collective body, above
// the position, still signs for the body; "ỦY BAN NHÂN DÂN" without a marker does not.
TEST(OcrSignature, GarbledMarkerBeforeACollectiveBody) {
    const std::string head =
        "ĐẢNG BỘ HUYỆN BẮC HÀ\nĐẢNG ỦY XÃ BẢN LIỀN\n*\nSố 07-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Bản Liền, ngày 4 tháng 4 năm 2022\nTHÔNG BÁO\nLịch làm việc tháng 4\nNội dung.\nNơi nhận:\n- Các chi bộ,\n"
        "- Lưu Văn phòng.\n";
    Record r = extract_text(head + "'LM BAN THƯỜNG VỤ\nBÍ THƯ\nSùng A Páo", TextSource::ocr);
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->authority, "T/M Ban Thường vụ");
    EXPECT_EQ(r.signer->position, "Bí thư");
    EXPECT_EQ(to_lower(r.issuer), "ban thường vụ đảng ủy xã bản liền");
    Record specks = extract_text(head + "__T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nSùng A Páo", TextSource::ocr);
    ASSERT_TRUE(specks.signer);
    EXPECT_EQ(specks.signer->authority, "T/L Ban Thường vụ");
    EXPECT_EQ(specks.signer->position, "Chánh Văn phòng");
    Record plain = extract_text(head + "BAN THƯỜNG VỤ\nBÍ THƯ\nSùng A Páo", TextSource::ocr);
    ASSERT_TRUE(plain.signer);
    EXPECT_EQ(plain.signer->authority, "");
}

// A body that opens with numbered clauses right after the trích yếu: the title
// ends before "1. Giao ...", whose deadline belongs to the body.
TEST(NumberedBody, TitleStopsAtTheFirstClause) {
    Record r = extract_text(
        "ỦY BAN NHÂN DÂN\nXÃ NA HỐI\nSố: 12/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNa Hối, ngày 3 tháng 3 năm 2025\nTHÔNG BÁO\n"
        "Về việc phân công trực phòng chống thiên tai năm\n2025 (đợt 1)\n"
        "1. Giao Trưởng các thôn báo cáo tình hình trước ngày 10 hằng tháng.\n"
        "2. Giao Văn phòng UBND xã tổng hợp.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nHoàng Văn Páo");
    EXPECT_EQ(r.title, "Về việc phân công trực phòng chống thiên tai năm 2025 (đợt 1)");
    ASSERT_EQ(r.deadlines.size(), 1u);
    EXPECT_EQ(r.deadlines[0].text, "trước ngày 10 hằng tháng");
}

// NĐ 30/2020 puts a công văn's "V/v" under the number, in the left column; read
// column by column, the motto and the place and date come after it.
TEST(CongVan, VvUnderTheNumberThenTheRightColumn) {
    Record r = extract_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG VĂN\nSố: 318/UBND-NV\nV/v rà soát, bổ sung quy hoạch\ncán bộ lãnh đạo, quản lý\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Văn, ngày 7 tháng 10 năm 2025\n"
        "Kính gửi: Các cơ quan, đơn vị thuộc huyện.\nĐề nghị các cơ quan gửi kết quả trước ngày 20/10/2025.\n"
        "Nơi nhận:\n- Như trên;\n:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVàng Mí Chứ");
    EXPECT_EQ(r.doc_type, "CV");
    EXPECT_EQ(r.regime, "state");
    EXPECT_EQ(r.issued_date, "2025-10-07");
    EXPECT_EQ(r.place, "Đồng Văn");
    EXPECT_EQ(r.title, "V/v rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý");
    EXPECT_EQ(r.recipients, (std::vector<std::string>{"Như trên"}));
    ASSERT_EQ(r.deadlines.size(), 1u);
}

// A text PDF of a công văn whose issuer wraps inside its cell: the motto's first
// line shares the parent's line, the issuer takes two lines broken inside a word
// pair, the V/v takes two, and the rest of the right column comes after it.
TEST(CongVan, IssuerWrappedInItsCellAndTheRestOfTheRightColumnAfterTheVv) {
    Record r = extract_text(
        "UBND TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ\nXÃ HỘI\n"
        "Số: 77/SLĐTBXH-LĐVL\nV/v báo cáo tình hình lao động đi làm việc ở nước ngoài\nnăm 2025\n"
        "Độc lập - Tự do - Hạnh phúc\nCao Bằng, ngày 14 tháng 3 năm 2025\nKính gửi: Phòng Nội vụ các huyện.\n"
        "Đề nghị các phòng gửi báo cáo trước ngày 30/3/2025.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "GIÁM ĐỐC\nNông Thị Dung");
    EXPECT_EQ(r.doc_type, "CV");
    EXPECT_EQ(r.issued_date, "2025-03-14");
    EXPECT_EQ(r.place, "Cao Bằng");
    EXPECT_EQ(to_lower(r.issuer), to_lower("Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng"));
    EXPECT_EQ(r.title, "V/v báo cáo tình hình lao động đi làm việc ở nước ngoài năm 2025");
}

// Two bodies in the header, each on its own line: the second, starting with a
// head word, is the issuer under its parent; a name's wrapped tail joins it.
TEST(IssuerLines, AWrappedTailJoinsTheNameAboveAHeadWordStartsABody) {
    auto issuer = [](std::string_view issuer_lines) {
        return extract_text(std::string(issuer_lines) +
                                "\nSố: 21/TB-TNMT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                "Bảo Lạc, ngày 2 tháng 5 năm 2025\nTHÔNG BÁO\nLịch tiếp nhận hồ sơ đất đai\nNội dung.\n",
                            TextSource::ocr)
            .issuer;
    };
    const std::string one_line = issuer("UBND HUYỆN BẢO LẠC\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG");
    EXPECT_TRUE(to_lower(one_line).starts_with("phòng tài nguyên và môi trường")) << one_line;
    EXPECT_EQ(issuer("UBND HUYỆN BẢO LẠC\nPHÒNG TÀI NGUYÊN VÀ MÔI\nTRƯỜNG"), one_line);
    EXPECT_EQ(issuer("UBND HUYỆN BẢO LẠC\nPHÒNG TÀI NGUYÊN\nVÀ MÔI TRƯỜNG"), one_line);
    // A parent without its place above a body: two names, not one.
    EXPECT_TRUE(issuer("BỘ TÀI CHÍNH\nCỤC THUẾ").starts_with("Cục Thuế")) << issuer("BỘ TÀI CHÍNH\nCỤC THUẾ");
}

// A tờ trình centres "Kính gửi" in bold under its trích yếu, as the title itself.
TEST(DocxTitle, KinhGuiCentredInBoldIsNotTheTitle) {
    Document doc = test::document_from_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG\nSố: 40/TTr-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nMường Khương, ngày 2 tháng 6 năm 2025\nTỜ TRÌNH\n"
        "Về việc đề nghị phân bổ kinh phí sửa chữa trường học\nKính gửi: Hội đồng nhân dân huyện.\n"
        "Ủy ban nhân dân huyện trình Hội đồng nhân dân huyện xem xét.");
    for (int i = 0; i < 3; ++i) doc.paragraphs[i].cell = CellPosition{0, 0, 0};
    for (int i = 3; i < 6; ++i) doc.paragraphs[i].cell = CellPosition{0, 0, 1};
    for (int i = 6; i < 9; ++i) {
        doc.paragraphs[i].bold = true;
        doc.paragraphs[i].align = Align::center;
    }
    Record r = test::extract_record(doc);
    EXPECT_EQ(r.doc_type, "TTr");
    EXPECT_EQ(r.title, "Về việc đề nghị phân bổ kinh phí sửa chữa trường học");
}

// A hard scan of the footer read row by row: the signature block's lines between
// the recipients, dashes read as '~' or '=', specks on lines of their own.
TEST(OcrFooter, InterleavedSignatureAndMisreadDashes) {
    Record r = extract_text(
        "Nội dung của tờ trình.\nNơi nhận:\n¬\nTM. ỦY BAN NHÂN DÂN\n- Như trên;\n_\nKT. CHỦ TỊCH\n"
        "; = Thường trực Huyện ủy (b/c);\nỎ\n~ Các đại biểu HĐND huyện;\nPHÓ CHỦ TỊCH\n_~ Lưu: VT.\nHà Văn Thạch",
        TextSource::ocr);
    EXPECT_EQ(r.recipients, (std::vector<std::string>{"Như trên", "Thường trực Huyện ủy", "Các đại biểu HĐND huyện"}));
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->authority, "TM. Ủy ban nhân dân, KT. Chủ tịch");  // both lines of the block
    EXPECT_EQ(r.signer->position, "Phó Chủ tịch");
    EXPECT_EQ(r.signer->name, "Hà Văn Thạch");
}

TEST(PartialRecords, MissingKeyFieldsMakeTheRecordPartial) {
    Record r = extract_text("KẾ HOẠCH\nTổ chức hội nghị\nNội dung kế hoạch.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
    EXPECT_EQ(r.doc_type, "KH");
    EXPECT_TRUE(r.number_symbol.empty());
    EXPECT_FALSE(r.issued_date);
    EXPECT_EQ(r.status, Status::partial);
    EXPECT_TRUE(extract_text("").number_symbol.empty());
    EXPECT_EQ(extract_text("").status, Status::partial);
}

}  // namespace
}  // namespace vbtrack
