/// Turns one article into facts. Pure: no database, no I/O; safe to share between threads.
///
/// ```swift
/// let facts = Extractor().extract(article)
/// ```
public final class Extractor: Sendable {
    let reference: ReferenceIndex
    let gazetteer: Gazetteer
    /// Whether membership events go through the reference check (`MembershipCheck`); always, but for tests of the
    /// membership rules themselves, whose invented sentences may state events the reference contradicts.
    let checksMemberships: Bool

    public convenience init(reference: ReferenceData = .bundled) {
        self.init(reference: reference, checksMemberships: true)
    }

    init(reference: ReferenceData = .bundled, checksMemberships: Bool) {
        self.reference = ReferenceIndex(reference)
        self.gazetteer = Gazetteer(reference)
        self.checksMemberships = checksMemberships
    }

    /// `sha256` saves hashing the body again when the caller already has it.
    public func extract(_ article: Article, sha256: String? = nil) -> ArticleFacts {
        let prepared = prepare(article)
        let leaders = LeaderRules(document: prepared, reference: reference).found()
        let document = prepared.adding(leaders: leaders)
        var facts = ArticleFacts(source: article.source, sha256: sha256 ?? article.sha256, title: article.title, published_on: document.publishedOn)
        facts.mentions = mentions(document)
        facts.countries = Parties(document: document, reference: reference).namedCountries().sorted()
        facts.organisations = Set(facts.mentions.compactMap { if case let .organisation(code) = $0.entity { code } else { nil } }).sorted()
        facts.leaders = LeaderRules.facts(leaders)
        facts.anniversaries = AnniversaryRules(document: document, reference: reference).extract()
        // Resolved against the reference: events it flatly contradicts on the article's date are dropped.
        let events = MembershipRules(document: document, reference: reference).extract()
        facts.memberships = checksMemberships ? MembershipCheck(reference: reference, document: document).kept(events) : events
        facts.messages = MessageRules(document: document, reference: reference).extract()
        // A title may tie to an office a person the body names only by the surname (a letter's salutation and signature, a
        // transcript's speaker); its message counts only on a page that publishes a letter (see `TitleFacts`).
        if let title = TitleFacts(body: document, extractor: self) {
            facts.leaders += title.leaders(besides: facts.leaders)
            facts.messages += title.letterMessages().filter { letter in !facts.messages.contains { $0.from == letter.from && $0.to == letter.to } }
        }
        facts.relations = RelationRules(document: document, reference: reference).extract()
        return facts
    }

    /// Tokens, the publication date and resolved entities of an article.
    /// When the text does not state its year, a first pass without a date collects the clues
    /// (weekday, years mentioned, anniversaries, office-holders) and a second pass uses the inferred date.
    func prepare(_ article: Article) -> Document {
        let text = MatchText(article.body)
        let tokens = Tokenizer.tokenize(text)
        let matches = Abbreviations.defining(tokens, matches: gazetteer.matches(in: tokens))
        let stated = PublicationDate.stated(article: article, tokens: tokens)
        // Sentences and paragraphs depend on the tokens alone: split once for every version of the document.
        let sentences = SentenceSplitter.sentences(tokens), paragraphs = SentenceSplitter.paragraphs(tokens)
        func document(_ date: String?) -> Document {
            Document(text: text, tokens: tokens, spans: resolve(matches, tokens: tokens, date: date), title: article.title, publishedOn: date,
                     sentences: sentences, paragraphs: paragraphs)
        }
        if let date = stated.date { return document(date) }
        let undated = document(nil)
        return inferredDate(of: article, undated: undated, stated: stated).map(document) ?? undated
    }

    func mentions(_ document: Document) -> [ArticleFacts.Mention] {
        document.spans.compactMap { span in
            let entity: ArticleFacts.Mention.Entity
            switch span.entity {
            case let .country(code, _): entity = .country(code)
            case let .organisation(code): entity = .organisation(code)
            case let .person(name, _): entity = .person(name)
            case .office: return nil
            }
            let range = document.bodySpan(span.start, span.end)
            let text = document.text.string(document.tokens[span.start].start, document.tokens[span.end - 1].end)
            return ArticleFacts.Mention(entity: entity, text: text, start: range.start, end: range.end)
        }
    }
}
