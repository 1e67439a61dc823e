#include "normalizers/lm/binary_format.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "normalizers/lm/interpolate.hpp"
#include "normalizers/lm/ngram_filter.hpp"
#include "normalizers/lm/ngram_hash.hpp"
#include "normalizers/lm/quantize.hpp"
#include "normalizers/lm/spelling_group.hpp"

namespace vbtrack::lm {
namespace {

std::uint64_t bucket_count(std::size_t entries) {
    return std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::ceil(entries * kBucketsPerEntry)) + 1);
}

std::uint64_t align8(std::uint64_t offset) { return (offset + 7) & ~std::uint64_t{7}; }

// extends[i]: model[n - 1][i] is the context of some n-gram of order n + 1.
std::vector<bool> extended_ngrams(const ModelNgrams& model, int n) {
    std::vector<bool> extends(model[n - 1].size(), false);
    if (n == static_cast<int>(model.size())) return extends;
    for (const auto& longer : model[n]) {
        const ModelNgram* context = find_ngram(model[n - 1], prefix_of(longer.words, n + 1));
        if (!context) throw std::logic_error("language model build: an n-gram without its context");
        extends[static_cast<std::size_t>(context - model[n - 1].data())] = true;
    }
    return extends;
}

// Written back and dropped from the page cache, which holds it in the small
// folios of the writes: the first process to map the model then reads it
// into 2 MiB folios, which it and every later process map with huge pages
// (mapped_file.hpp). Best effort: a model left cached still loads (copied).
void flush_and_uncache(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

// Fills an order's table by linear probing; false when two n-grams of equal
// check would meet on one probe path, where the later one could not be found
// (about one build in a thousand at a given shift).
bool place_ngrams(std::vector<ProbingEntry>& table, const std::vector<ModelNgram>& grams, int n, unsigned shift,
                  const std::vector<bool>& extends, const LinearQuantizer& prob, const LinearQuantizer& backoff) {
    for (auto& entry : table) entry = ProbingEntry{0, 0, 0};
    for (std::size_t i = 0; i < grams.size(); ++i) {
        const std::uint64_t key = ngram_key(grams[i].words, n);
        const std::uint32_t check = key_check(key, shift);
        std::uint64_t bucket = home_bucket(key, table.size());
        for (; table[bucket].check != 0; bucket = bucket + 1 == table.size() ? 0 : bucket + 1)
            if (table[bucket].check == check) return false;
        const auto backoff_bits = static_cast<std::uint16_t>(backoff.encode(grams[i].log_backoff) | (extends[i] ? kExtendsBit : 0));
        table[bucket] = {check, prob.encode(grams[i].log_prob), backoff_bits};
    }
    return true;
}

// Places `key` in its first free bucket from home on (linear probing).
template <class Entry>
Entry& free_bucket(std::vector<Entry>& table, std::uint64_t key) {
    std::uint64_t bucket = home_bucket(key, table.size());
    while (table[bucket].key != 0) {
        if (table[bucket].key == key) throw std::runtime_error("language model build: hash collision between n-grams");
        bucket = bucket + 1 == table.size() ? 0 : bucket + 1;
    }
    return table[bucket];
}

std::uint64_t align64(std::uint64_t offset) { return (offset + 63) & ~std::uint64_t{63}; }

// The bigram filter (ngram_filter.hpp), each context word's segment recorded
// in its unigram entry. Segments are laid out largest first from the end of
// the empty line: every size is a power of two, so each starts at a multiple
// of its own size (or of a line, when larger), and one of ≤ 8 words never
// straddles a cache line.
std::vector<std::uint64_t> bigram_filter(const std::vector<ModelNgram>& bigrams, std::vector<UnigramEntry>& unigrams) {
    std::vector<std::uint64_t> successors(unigrams.size(), 0);
    for (const auto& g : bigrams) ++successors[g.words[0]];
    std::vector<WordId> contexts;
    for (WordId id = 0; id < unigrams.size(); ++id)
        if (successors[id] > 0) contexts.push_back(id);
    std::stable_sort(contexts.begin(), contexts.end(),
                     [&](WordId a, WordId b) { return successors[a] > successors[b]; });
    std::uint64_t next = kFilterEmptyWords;
    for (const WordId id : contexts) {
        const unsigned log2_words = segment_log2_words(successors[id]);
        unigrams[id].filter_segment = filter_segment(next, log2_words);
        next += std::uint64_t{1} << log2_words;
    }
    if (next > kMaxFilterWords) throw std::runtime_error("language model build: too many bigrams for the filter");
    std::vector<std::uint64_t> words(next, 0);
    for (const auto& g : bigrams) {
        const std::uint64_t word_hash = hash_last_word(g.words[1]);
        const std::uint64_t slot_hash = filter_slot_hash(word_hash, unigrams[g.words[1]].spelling_group);
        words[filter_slot(unigrams[g.words[0]].filter_segment, slot_hash)] |= filter_mask(word_hash);
    }
    return words;
}

template <class T>
void write_section(std::ofstream& out, std::uint64_t offset, const T* data, std::size_t count) {
    out.seekp(static_cast<std::streamoff>(offset));
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(count * sizeof(T)));
}

}  // namespace

void write_binary(const std::filesystem::path& path, const std::vector<std::string>& vocabulary,
                  const ModelNgrams& model, const std::string& provenance) {
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kFormatVersion;
    header.order = static_cast<std::uint32_t>(model.size());
    header.vocabulary_size = vocabulary.size();

    std::vector<VocabEntry> vocabulary_hash(bucket_count(vocabulary.size()));
    std::vector<std::uint32_t> word_offsets;
    std::string blob;
    for (std::size_t id = 0; id < vocabulary.size(); ++id) {
        VocabEntry& entry = free_bucket(vocabulary_hash, word_key(vocabulary[id]));
        entry = {word_key(vocabulary[id]), static_cast<std::uint32_t>(id), 0};
        word_offsets.push_back(static_cast<std::uint32_t>(blob.size()));
        blob += vocabulary[id];
    }
    word_offsets.push_back(static_cast<std::uint32_t>(blob.size()));
    header.buckets[0] = vocabulary_hash.size();

    std::vector<UnigramEntry> unigrams(vocabulary.size(), UnigramEntry{-99.0f, 0.0f, 0, 0});
    for (const auto& g : model[0]) unigrams[g.words[0]] = {g.log_prob, g.log_backoff, 0, 0};
    for (std::size_t id = 0; id < vocabulary.size(); ++id) unigrams[id].spelling_group = spelling_group_hash(vocabulary[id]);
    header.counts[0] = model[0].size();

    std::vector<std::vector<ProbingEntry>> tables(model.size());
    for (std::size_t n = 2; n <= model.size(); ++n) {
        const auto& grams = model[n - 1];
        header.counts[n - 1] = grams.size();
        float pmin = 0, pmax = -99, bmin = 0, bmax = 0;
        for (const auto& g : grams) {
            pmin = std::min(pmin, g.log_prob), pmax = std::max(pmax, g.log_prob);
            bmin = std::min(bmin, g.log_backoff), bmax = std::max(bmax, g.log_backoff);
        }
        const LinearQuantizer prob{pmin, std::max(pmin, pmax)}, backoff{bmin, bmax, kBackoffBits};
        header.prob_min[n - 1] = prob.min, header.prob_max[n - 1] = prob.max;
        header.backoff_min[n - 1] = backoff.min, header.backoff_max[n - 1] = backoff.max;
        auto& table = tables[n - 1];
        table.resize(bucket_count(grams.size()));
        const std::vector<bool> extends = extended_ngrams(model, static_cast<int>(n));
        unsigned shift = 0;  // another 32 bits of the keys when two checks meet
        while (!place_ngrams(table, grams, static_cast<int>(n), shift, extends, prob, backoff))
            if ((shift += 8) > 24) throw std::runtime_error("language model build: hash collision between n-grams");
        header.check_shifts[n - 1] = shift;
        header.buckets[n - 1] = table.size();
    }

    const std::vector<std::uint64_t> filter = bigram_filter(model[1], unigrams);
    header.bigram_filter_words = filter.size();

    std::uint64_t offset = align8(sizeof(Header));
    auto place = [&offset](std::uint64_t bytes) {
        const std::uint64_t at = offset;
        offset = align8(offset + bytes);
        return at;
    };
    header.vocabulary_hash_offset = place(vocabulary_hash.size() * sizeof(VocabEntry));
    header.word_offsets_offset = place(word_offsets.size() * sizeof(std::uint32_t));
    header.word_blob_offset = place(blob.size());
    header.unigrams_offset = place(unigrams.size() * sizeof(UnigramEntry));
    for (std::size_t n = 2; n <= model.size(); ++n)
        header.table_offsets[n - 1] = place(tables[n - 1].size() * sizeof(ProbingEntry));
    // On a line boundary, so that a small segment is one line (bigram_filter()).
    offset = align64(offset);
    header.bigram_filter_offset = place(filter.size() * sizeof(std::uint64_t));
    header.provenance_offset = place(provenance.size());
    header.provenance_size = provenance.size();
    header.file_size = offset;

    // Written beside and renamed over the old model: a process that maps the
    // old one keeps reading it intact (a file truncated under a mapping
    // kills its reader with SIGBUS).
    const std::filesystem::path partial = path.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write language model to " + path.string() + ": check the folder exists");
        write_section(out, 0, &header, 1);
        write_section(out, header.vocabulary_hash_offset, vocabulary_hash.data(), vocabulary_hash.size());
        write_section(out, header.word_offsets_offset, word_offsets.data(), word_offsets.size());
        write_section(out, header.word_blob_offset, blob.data(), blob.size());
        write_section(out, header.unigrams_offset, unigrams.data(), unigrams.size());
        for (std::size_t n = 2; n <= model.size(); ++n)
            write_section(out, header.table_offsets[n - 1], tables[n - 1].data(), tables[n - 1].size());
        write_section(out, header.bigram_filter_offset, filter.data(), filter.size());
        write_section(out, header.provenance_offset, provenance.data(), provenance.size());
        // Pad to the size the header promises.
        const std::string padding(header.file_size - header.provenance_offset - provenance.size(), '\0');
        out.write(padding.data(), static_cast<std::streamsize>(padding.size()));
        out.close();
        if (!out) {
            std::filesystem::remove(partial);
            throw std::runtime_error("writing language model " + path.string() + " failed: is the disk full?");
        }
    }
    flush_and_uncache(partial);
    std::filesystem::rename(partial, path);
}

}  // namespace vbtrack::lm
