"""Every threshold of the generator, once, with the figure that justifies its value.

Word lists are data in `generator/lexicon/`; what is here are numbers. A value tuned on
an evaluation set names the set and the figure; a value that only bounds work or output
says so. Change a value only with the quality benchmark run before and after
(`benchmarks/quality.py`): the evaluation sets, not the seeds, decide.
"""

from __future__ import annotations

# -- read ---------------------------------------------------------------------------------

# A news article is a few kB; 10 MB of text is a dump or a mistake, not an article.
MAX_SOURCE_BYTES = 10_000_000
# Fewer words than this from an HTML page is a menu word or two, not an article.
MIN_HTML_WORDS = 8
# Longest article id, person, country or story id (file names are at most 255 bytes on
# common file systems; an id is a digest's name with ".yaml", a page's with ".md" and a
# temp file's with a prefix and a random part). Bounds output: real names are far shorter
# (the seeds' 20 characters, BBC story ids under 60).
MAX_ID_LENGTH = 120
# A file that is not valid UTF-8 is still read as UTF-8 (each bad byte shown as U+FFFD)
# when at most this share of its non-ASCII characters are invalid: one stray byte in an
# article otherwise UTF-8 ("Šimonytė" and one bad byte: a third). Text in cp1252 or
# latin-1 has nearly all of them invalid (an accented letter is one byte followed by
# ASCII; a valid multi-byte sequence there is a rare accident such as "Ã©").
UTF8_MAX_INVALID_SHARE = 0.5
# Text in UTF-16 without a byte-order mark: English in UTF-16 has a NUL in every other
# byte, and at least this share of them leaves room for a few non-Latin letters; the
# other half of the bytes must have none (binary data has NULs anywhere).
UTF16_NUL_SHARE = 0.4

# -- article ------------------------------------------------------------------------------

# Articles parsed per batch: on 300 BBC articles, batches of 8, 32, 128 and 1,000 took
# 20.3, 19.2, 20.2 and 23.0 CPU seconds.
BATCH_SIZE = 32
# Sentences in an article's extractive summary.
SUMMARY_SENTENCES = 3
# Sentences shorter than this are headings, labels, captions or list items: not summary,
# statement or claim material (article summary, statements, story claims and summaries).
MIN_SENTENCE_WORDS = 8
# MMR trade-off between relevance to the centroid and novelty against picked sentences;
# 0.7 keeps the lead facts while dropping restatements in the seed articles.
RELEVANCE_WEIGHT = 0.7
# Quotes shorter than this need a speech verb around them to count as statements.
SHORT_QUOTE_WORDS = 8
# A one-word name this close to a known surname in the same article is taken for a
# misspelling of it ("Helem" for "Hellem"); calibrated on the seeds' variants and on
# pairs of distinct surnames from the BBC corpus (Brown/Browne stays apart at 0.96
# only because a full name never sits in the same article under both).
SURNAME_SIMILARITY = 0.88

# -- corpus: people -----------------------------------------------------------------------

# Merge thresholds: (name similarity, evidence items needed). Calibrated on the seeds'
# variants (Rohr/Roll 0.79 with 3 items, Hellem/Herem 0.90 with 2) against distinct
# people in the BBC corpus (John Reid/John Redwood 0.85, Alan Parker/Alexander Payne 0.77).
# The same rules decide whether a garbled spelling is a registry person ("Aral Kalis").
MERGE_RULES = ((0.92, 1), (0.80, 2), (0.70, 3))
# First names must agree, always: Jaro-Winkler at least this, and then a prefix or a
# plain Jaro spelling match ("Kaja Kallas" and "Aral Kalis" are two people; so are
# Martyn and Matt Williams, though Jaro-Winkler gives "martyn"/"matt" 0.80).
FIRST_NAME_SIMILARITY = 0.80
FIRST_NAME_SPELLING = 0.85
# Rows of the all-pairs similarity matrix computed at once (memory: rows × people × 4 bytes).
SIMILARITY_ROWS = 512
# Statements kept per article for a person or country, and at most in all: a person or
# country in hundreds of articles keeps its best statements, not all of them.
STATEMENTS_PER_ARTICLE = 3
STATEMENTS_MAX = 15

# -- corpus: stories ----------------------------------------------------------------------

# Articles are one story when their words are close: TF-IDF cosine over the whole text,
# people and countries counted as words of their own (so "Roll" and "Rohr" match), on
# average over the story's articles (average link: no chaining through one shared name).
# Calibrated on the 417 BBC politics articles: at 0.20 the Blair-Brown feud reports form
# one story of 8 and the general-election coverage stays apart; entity overlap alone
# (the former rule) fused 41 election articles around "Tony Blair, UK".
SAME_STORY = 0.20
# Imagined unrelated articles behind the corpus: five reports of one event, digested
# alone, would otherwise find every shared word worthless (IDF near zero).
BACKGROUND_ARTICLES = 100
# Pairs are scored exactly only when their key words (each article's KEY_WORDS heaviest)
# already give CANDIDATE_SHARE of SAME_STORY; a word in more than RARE_SHARE of the
# articles (and more than RARE_MIN) proposes no pair. On the 2,127 BBC articles this
# finds 2,664 of the 2,675 pairs that exact scoring of every pair would, in a second
# instead of a dozen (the few missed are borderline).
KEY_WORDS = 40
CANDIDATE_SHARE = 0.1
RARE_SHARE = 0.05
RARE_MIN = 50
# Sentences of two sources this close (TF-IDF cosine) carry the same claim.
CLAIM_SIMILARITY = 0.35
# Sentences in a story's multi-source summary, and claims listed at most.
STORY_SUMMARY_SENTENCES = 5
MAX_CLAIMS = 12
# Stories computed in worker processes from this many on (a first run over a corpus);
# a run that adds an article computes its one or two stories without starting any.
PARALLEL_STORIES = 50

# -- corpus: disagreements ----------------------------------------------------------------

# A sentence this close in wording to one in another source is carried by both.
ALIGNED = 0.35
# Figures are compared in sentences this close: the clauses must also share the verb,
# the subject and what is counted, which says more than wording.
FIGURE_SIMILARITY = 0.20
# An entity's two clauses must also share this much wording (in-story TF-IDF over stems);
# one source keeps to its topic, so less is asked there ("Canada" in two lists: 0.26).
POLARITY_SIMILARITY = {"sources": 0.25, "within-source": 0.20}
# Two verbs of intent oppose only in sentences this close in one source (the same topic).
NEIGHBOURS = 2
# Disagreements listed per story beyond spellings; strongest first.
MAX_DISAGREEMENTS = 6
# A spelling this close to the person's name (Levenshtein, 0 to 1) is the same name
# written differently: "Madis Rohr" for "Madis Roll" 0.80, "Martin Hellem" 0.85; "Ian
# Blair" for "Tony Blair" (0.70) is another person merged by mistake, not a spelling.
SPELLING_SIMILARITY = 0.75
# How far "about" and "nearly" stretch a figure.
HEDGE_SLACK = 0.1
# Sentences shorter than this carry no contradiction worth listing; shorter than the
# statement minimum, since "Kovac will not visit the site" is one.
MIN_DISAGREEMENT_WORDS = 6

# -- site ---------------------------------------------------------------------------------

# Home page list lengths: enough to orient a reader, short enough to read at a glance.
TOP_ENTITIES = 10
LATEST_SOURCES = 10
GRAPH_PEOPLE = 12
GRAPH_PAIRS = 10
