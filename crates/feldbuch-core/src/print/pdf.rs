//! A small page layout for Feldbuch's printable documents, written to PDF by krilla.
//!
//! Text goes through three steps before a glyph is placed: unicode-bidi splits each line into
//! runs in visual order (an Arabic sentence with a Latin pseudonym and digits), each run is cut
//! where the script changes font (Noto Sans Arabic for Arabic letters, Noto Sans for the rest),
//! and harfrust (HarfBuzz's Rust port) shapes every piece (joined Arabic letters, Turkish and Ukrainian letters with
//! their marks). Lines are broken at spaces by their shaped width. A right-to-left document
//! aligns its lines to the right margin and mirrors the columns of its tables.
//!
//! Layout runs first into a list of pages of drawing operations; krilla writes them at the end,
//! so no page borrows the document while the next is being laid out.

use crate::error::{Error, Result};
use krilla::geom::{PathBuilder, Point};
use krilla::page::PageSettings;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use std::ops::Range;
use unicode_bidi::{BidiInfo, Level};

// Two fonts only (each binary embeds them, the package carries two binaries): bold is drawn
// by stroking the regular glyphs' outlines as well as filling them.
const REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
const ARABIC: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansArabic-Regular.ttf");

/// A4 in points, and the margin on every side.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.0;

/// Body text size; headings are larger.
pub const BODY: f32 = 10.5;
pub const TITLE: f32 = 16.0;
pub const HEADING: f32 = 12.5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
    Arabic,
    ArabicBold,
}

impl Face {
    fn data(self) -> &'static [u8] {
        match self {
            Face::Regular | Face::Bold => REGULAR,
            Face::Arabic | Face::ArabicBold => ARABIC,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn bold(self) -> bool {
        matches!(self, Face::Bold | Face::ArabicBold)
    }

    /// The face for a piece of text: Arabic letters need the Arabic font.
    fn for_script(arabic: bool, bold: bool) -> Face {
        match (arabic, bold) {
            (false, false) => Face::Regular,
            (false, true) => Face::Bold,
            (true, false) => Face::Arabic,
            (true, true) => Face::ArabicBold,
        }
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// A shaped piece of one line: one font, one direction.
struct Piece {
    face: Face,
    size: f32,
    text: String,
    glyphs: Vec<KrillaGlyph>,
    width: f32,
}

enum Op {
    Text { x: f32, y: f32, piece: Piece },
    Line { x1: f32, y1: f32, x2: f32, y2: f32 },
}

/// The faces, parsed once for shaping.
struct Shaper {
    faces: Vec<harfrust::Font>,
}

impl Shaper {
    fn new() -> Result<Shaper> {
        let faces = [Face::Regular, Face::Bold, Face::Arabic, Face::ArabicBold]
            .iter()
            .map(|f| {
                harfrust::Font::new(f.data(), 0)
                    .ok_or_else(|| Error::Internal("a bundled font does not load".into()))
            })
            .collect::<Result<_>>()?;
        Ok(Shaper { faces })
    }

    fn has_glyph(&self, face: Face, c: char) -> bool {
        self.faces[face.index()].charmap().map_unicode(c).is_some()
    }

    fn shape(&self, face: Face, size: f32, text: &str, rtl: bool) -> Piece {
        let font = &self.faces[face.index()];
        let upem = f32::from(font.units_per_em()).max(1.0);
        let shaper = harfrust::ShaperFont::new(font);
        let mut buffer = harfrust::Buffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            harfrust::Direction::RightToLeft
        } else {
            harfrust::Direction::LeftToRight
        });
        // A shaping error (none is known for the bundled fonts) leaves the piece empty rather
        // than failing the document.
        if harfrust::shape(&shaper, &mut buffer, harfrust::ShapeOptions::new()).is_err() {
            return Piece {
                face,
                size,
                text: text.to_string(),
                glyphs: vec![],
                width: 0.0,
            };
        }
        let infos = buffer.glyph_infos();
        let positions = buffer.glyph_positions();
        // Each glyph covers its cluster up to the next cluster in text order.
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: usize| -> usize {
            starts
                .iter()
                .find(|s| **s > start)
                .copied()
                .unwrap_or(text.len())
        };
        let mut width = 0.0;
        let glyphs = infos
            .iter()
            .zip(positions)
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                let range: Range<usize> = start..end_of(start);
                width += pos.x_advance as f32 / upem * size;
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / upem,
                    pos.x_offset as f32 / upem,
                    pos.y_offset as f32 / upem,
                    pos.y_advance as f32 / upem,
                    range,
                    None,
                )
            })
            .collect();
        Piece {
            face,
            size,
            text: text.to_string(),
            glyphs,
            width,
        }
    }

    /// One line of text as pieces in visual order (left to right on the page).
    fn line(&self, text: &str, size: f32, bold: bool, rtl_base: bool) -> Vec<Piece> {
        let level = if rtl_base { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(text, Some(level));
        let mut out = vec![];
        for para in &info.paragraphs {
            let (levels, runs) = info.visual_runs(para, para.range.clone());
            for run in runs {
                let rtl = levels[run.start].is_rtl();
                let mut pieces = self.split_by_script(&text[run], size, bold, rtl);
                if rtl {
                    pieces.reverse();
                }
                out.extend(pieces);
            }
        }
        out
    }

    /// Cut a run where the font changes: Arabic letters need the Arabic font; characters it
    /// has no glyph for (parentheses, Latin letters) take the Latin one; other neutral
    /// characters (spaces, digits, punctuation) stay with the piece they are in.
    fn split_by_script(&self, run: &str, size: f32, bold: bool, rtl: bool) -> Vec<Piece> {
        let mut pieces = vec![];
        let mut current = String::new();
        let mut arabic: Option<bool> = None;
        for c in run.chars() {
            let wants = if is_arabic(c) {
                Some(true)
            } else if c.is_alphabetic() || !self.has_glyph(Face::Arabic, c) {
                Some(false)
            } else {
                None
            };
            if let (Some(w), Some(a)) = (wants, arabic) {
                if w != a && !current.is_empty() {
                    pieces.push(self.shape(Face::for_script(a, bold), size, &current, rtl));
                    current.clear();
                }
            }
            if wants.is_some() {
                arabic = wants;
            }
            current.push(c);
        }
        if !current.is_empty() {
            let a = arabic.unwrap_or(rtl);
            pieces.push(self.shape(Face::for_script(a, bold), size, &current, rtl));
        }
        pieces
    }
}

/// A document being laid out: pages of operations, a cursor going down the current page.
pub struct Layout {
    shaper: Shaper,
    rtl: bool,
    pages: Vec<Vec<Op>>,
    y: f32,
    title: String,
    lang: String,
}

impl Layout {
    /// A new document; `rtl` for a right-to-left language; `lang` its BCP 47 tag.
    pub fn new(title: &str, lang: &str, rtl: bool) -> Result<Layout> {
        Ok(Layout {
            shaper: Shaper::new()?,
            rtl,
            pages: vec![vec![]],
            y: MARGIN,
            title: title.to_string(),
            lang: lang.to_string(),
        })
    }

    /// Switch direction for the text that follows (a receipt in German, then in Arabic).
    pub fn set_rtl(&mut self, rtl: bool) {
        self.rtl = rtl;
    }

    fn width() -> f32 {
        PAGE_W - 2.0 * MARGIN
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(vec![]);
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Room for `h` more points on this page, or a new page.
    fn need(&mut self, h: f32) {
        if self.y + h > PAGE_H - MARGIN {
            self.page_break();
        }
    }

    pub fn page_break(&mut self) {
        self.pages.push(vec![]);
        self.y = MARGIN;
    }

    /// Place one laid-out line inside `[left, left + width]`, aligned to the reading start.
    fn place(&mut self, pieces: Vec<Piece>, left: f32, width: f32, baseline: f32) {
        let total: f32 = pieces.iter().map(|p| p.width).sum();
        let mut x = if self.rtl {
            left + (width - total).max(0.0)
        } else {
            left
        };
        for piece in pieces {
            let w = piece.width;
            self.ops().push(Op::Text {
                x,
                y: baseline,
                piece,
            });
            x += w;
        }
    }

    /// Break `text` into lines that fit `width` (at spaces; a word longer than a line stands
    /// alone on its line).
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = vec![];
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                let w: f32 = self
                    .shaper
                    .line(&candidate, size, bold, self.rtl)
                    .iter()
                    .map(|p| p.width)
                    .sum();
                if w > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line = word.to_string();
                } else {
                    line = candidate;
                }
            }
            lines.push(line);
        }
        lines
    }

    /// A paragraph of text, wrapped, with space after it.
    pub fn text(&mut self, text: &str, size: f32, bold: bool) {
        let leading = size * 1.45;
        for line in self.wrap(text, size, bold, Self::width()) {
            self.need(leading);
            let pieces = self.shaper.line(&line, size, bold, self.rtl);
            let baseline = self.y + size;
            self.place(pieces, MARGIN, Self::width(), baseline);
            self.y += leading;
        }
        self.y += size * 0.5;
    }

    pub fn title(&mut self, text: &str) {
        self.text(text, TITLE, true);
        self.y += 4.0;
    }

    pub fn heading(&mut self, text: &str) {
        self.need(HEADING * 4.0);
        self.y += 6.0;
        self.text(text, HEADING, true);
    }

    pub fn para(&mut self, text: &str) {
        self.text(text, BODY, false);
    }

    /// A label and its value on one line (the value wraps under itself).
    pub fn field(&mut self, label: &str, value: &str) {
        self.row(&[label, value], &[0.38, 0.62], &[true, false], false);
    }

    /// A row of cells, each wrapped in its share of the width; `lines` draws a rule under it
    /// (and a frame for a table). Columns run from the reading start: mirrored right to left.
    pub fn row(&mut self, cells: &[&str], shares: &[f32], bold: &[bool], lines: bool) {
        let total = Self::width();
        let pad = if lines { 4.0 } else { 0.0 };
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(shares)
            .zip(bold)
            .map(|((c, s), b)| self.wrap(c, BODY, *b, total * s - 2.0 * pad - 6.0))
            .collect();
        let leading = BODY * 1.45;
        let n = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = n as f32 * leading + 2.0 * pad + if lines { 6.0 } else { 2.0 };
        self.need(height);
        let top = self.y;
        let mut offset = 0.0;
        for ((lines_of, share), b) in wrapped.iter().zip(shares).zip(bold) {
            let w = total * share;
            let left = if self.rtl {
                MARGIN + total - offset - w
            } else {
                MARGIN + offset
            };
            for (i, line) in lines_of.iter().enumerate() {
                let pieces = self.shaper.line(line, BODY, *b, self.rtl);
                let baseline = top + pad + i as f32 * leading + BODY;
                self.place(pieces, left + pad, w - 2.0 * pad - 6.0, baseline);
            }
            if lines {
                self.ops().push(Op::Line {
                    x1: left,
                    y1: top,
                    x2: left,
                    y2: top + height,
                });
            }
            offset += w;
        }
        if lines {
            let right = MARGIN + total;
            self.ops().push(Op::Line {
                x1: right,
                y1: top,
                x2: right,
                y2: top + height,
            });
            self.ops().push(Op::Line {
                x1: MARGIN,
                y1: top,
                x2: right,
                y2: top,
            });
            self.ops().push(Op::Line {
                x1: MARGIN,
                y1: top + height,
                x2: right,
                y2: top + height,
            });
        }
        self.y = top + height;
    }

    /// A line to sign on, with what it is for under it.
    pub fn signature(&mut self, label: &str) {
        self.need(60.0);
        self.y += 34.0;
        let w = Self::width() * 0.45;
        let left = if self.rtl {
            MARGIN + Self::width() - w
        } else {
            MARGIN
        };
        let y = self.y;
        self.ops().push(Op::Line {
            x1: left,
            y1: y,
            x2: left + w,
            y2: y,
        });
        self.y += 4.0;
        let pieces = self.shaper.line(label, BODY * 0.9, false, self.rtl);
        let baseline = self.y + BODY;
        self.place(pieces, left, w, baseline);
        self.y += BODY * 2.0;
    }

    /// Vertical space.
    pub fn gap(&mut self, h: f32) {
        self.y += h;
    }

    /// Write the PDF.
    pub fn finish(self) -> Result<Vec<u8>> {
        let load = |data: &'static [u8]| {
            Font::new(data.into(), 0)
                .ok_or_else(|| Error::Internal("a bundled font does not load".into()))
        };
        let (latin, arabic) = (load(REGULAR)?, load(ARABIC)?);
        let fonts = [latin.clone(), latin, arabic.clone(), arabic];
        let mut doc = Document::new();
        doc.set_metadata(
            krilla::metadata::Metadata::new()
                .title(self.title.clone())
                .language(self.lang.clone())
                .creator("Feldbuch".into()),
        );
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
            .ok_or_else(|| Error::Internal("page size".into()))?;
        for ops in self.pages.into_iter().filter(|p| !p.is_empty()) {
            let mut page = doc.start_page_with(settings.clone());
            let mut surface = page.surface();
            for op in ops {
                match op {
                    Op::Text { x, y, piece } => {
                        if piece.face.bold() {
                            surface.set_stroke(Some(krilla::paint::Stroke {
                                width: piece.size * 0.035,
                                ..Default::default()
                            }));
                        }
                        surface.draw_glyphs(
                            Point::from_xy(x, y),
                            &piece.glyphs,
                            fonts[piece.face.index()].clone(),
                            &piece.text,
                            piece.size,
                            false,
                        );
                        surface.set_stroke(None);
                    }
                    Op::Line { x1, y1, x2, y2 } => {
                        let mut pb = PathBuilder::new();
                        pb.move_to(x1, y1);
                        pb.line_to(x2, y2);
                        if let Some(path) = pb.finish() {
                            surface.set_fill(None);
                            surface.set_stroke(Some(krilla::paint::Stroke {
                                width: 0.6,
                                ..Default::default()
                            }));
                            surface.draw_path(&path);
                            surface.set_stroke(None);
                            surface.set_fill(Some(krilla::paint::Fill::default()));
                        }
                    }
                }
            }
            surface.finish();
            page.finish();
        }
        doc.finish()
            .map_err(|e| Error::Internal(format!("PDF: {e:?}")))
    }
}
