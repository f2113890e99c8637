#include "outline.hpp"

#include "chainrisk/report/escape.hpp"

namespace chainrisk::report {
namespace {

class PlainOutline : public Outline {
 public:
  explicit PlainOutline(std::ostream& out) : out_(out) {}
  void title(std::string_view text) override {
    out_ << text << '\n' << std::string(display_width(text), '=') << '\n';
  }
  void heading(std::string_view text) override { out_ << '\n' << text << '\n'; }
  void line(std::string_view text) override { out_ << text << '\n'; }
  void bullet(std::string_view text) override { out_ << "  - " << text << '\n'; }
  void paragraph(std::string_view text) override { out_ << text << '\n'; }
  std::string data(std::string_view text) const override { return terminal_safe(text); }

 private:
  std::ostream& out_;
};

class MarkdownOutline : public Outline {
 public:
  explicit MarkdownOutline(std::ostream& out) : out_(out) {}
  void title(std::string_view text) override { out_ << "# " << text << '\n'; }
  void heading(std::string_view text) override { out_ << "\n## " << text << "\n\n"; }
  void line(std::string_view text) override { out_ << text << "\n"; }
  void bullet(std::string_view text) override { out_ << "- " << text << '\n'; }
  void paragraph(std::string_view text) override { out_ << '\n' << text << '\n'; }
  // Markdown punctuation in data is escaped, and raw HTML cannot open a tag.
  std::string data(std::string_view text) const override {
    std::string out;
    for (char c : terminal_safe(text)) {
      if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
    return out;
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Outline> plain_outline(std::ostream& out) { return std::make_unique<PlainOutline>(out); }
std::unique_ptr<Outline> markdown_outline(std::ostream& out) { return std::make_unique<MarkdownOutline>(out); }

}  // namespace chainrisk::report
