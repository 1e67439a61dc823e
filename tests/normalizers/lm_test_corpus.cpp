#include "lm_test_corpus.hpp"

#include <unistd.h>

#include <fstream>

#include "normalizers/lm/builder.hpp"

namespace vbtrack::test {

const std::vector<std::string>& administrative_sentences() {
    static const std::vector<std::string> sentences = {
        "Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy.",
        "Văn phòng ban hành kế hoạch tổ chức hội nghị đối thoại với nhân dân.",
        "Các sở, ban, ngành tổ chức thực hiện kế hoạch này.",
        "Lắng nghe, giải quyết ý kiến, kiến nghị của nhân dân.",
        "Tiếp nhận ý kiến, kiến nghị của nhân dân và giải quyết kịp thời.",
        "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện.",
        "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12/2024.",
        "Người đứng đầu cơ quan chịu trách nhiệm trước Ủy ban nhân dân tỉnh.",
        "Kế hoạch thực hiện công tác dân vận năm 2024.",
        "Thực hiện kết luận số 116-KL/TU của Ban Thường vụ Tỉnh ủy.",
        "Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân.",
        "Nâng cao chất lượng giải quyết ý kiến của nhân dân.",
        "Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện.",
        "Sở Tài chính phối hợp với Sở Kế hoạch và Đầu tư tham mưu bố trí kinh phí.",
        "Hội đồng nhân dân tỉnh giám sát việc thực hiện kế hoạch.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan báo cáo kịp thời.",
        "Ban hành kèm theo quyết định số 45/QĐ-UBND của Ủy ban nhân dân tỉnh.",
        "UBND tỉnh giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện.",
        "HĐND tỉnh và MTTQ tỉnh phối hợp giám sát.",
        "Số lượng cán bộ, công chức của cơ quan năm 2024.",
        "Ông Nguyễn Văn An, Chánh Văn phòng, chủ trì hội nghị.",
        "Kết quả đối thoại được báo cáo Ban Thường vụ Tỉnh ủy.",
    };
    return sentences;
}

TestCorpus::TestCorpus() {
    std::string pattern = (std::filesystem::temp_directory_path() / "vbtrack-lm-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    dir_ = pattern;
    std::ofstream out(dir_ / "corpus.txt");
    for (const auto& sentence : administrative_sentences()) out << sentence << '\n';
}

std::filesystem::path TestCorpus::build_model() const {
    lm::BuildOptions options;
    options.sources = {{dir_, 1}};
    lm::build_language_model(options, file("model.bin"));
    return file("model.bin");
}

TestCorpus::~TestCorpus() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

}  // namespace vbtrack::test
