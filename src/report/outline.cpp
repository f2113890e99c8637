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

}  // namespace

std::unique_ptr<Outline> plain_outline(std::ostream& out) { return std::make_unique<PlainOutline>(out); }

}  // namespace chainrisk::report
