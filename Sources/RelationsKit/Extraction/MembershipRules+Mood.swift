/// Membership events, part of `MembershipRules`: whether an event was taken, is planned, or is only weighed (interest
/// shown included), asked for, negated or supposed, whether a joining ends in another role (observer, partner), and the
/// admitting side's acts (a decision, documents or a ceremony) that are the admission.
extension MembershipRules {
    /// Verbs that enact a decision: the decision is the event, not its announcement.
    static let enacting: Set<String> = ["signed", "adopted", "approved", "took", "taken"]

    /// Whether the decision at `decision` is on the step at `at` of the deciding side itself: a gerund or infinitive of joining
    /// or leaving right after "on", "to" or "about" with no owner of its own ("adopted a decision on joining the CIS", "took
    /// the decision to withdraw").
    func isOwnStepDecided(decision: Int, phrase: Phrase, at: Int) -> Bool {
        guard ["join", "leave", "withdraw", "quit", "exit", "accede", "pull", "return", "rejoin"].contains(phrase.lemma), phrase.form == .gerund || phrase.form == .base else { return false }
        return (decision + 1..<at).allSatisfy { ["on", "to", "about", "of", "concerning", "regarding"].contains(document.word($0)) }
    }

    /// Whether the finite present at `index` is in speech reported in the past ("announced on June 13 that Uzbekistan pulls
    /// out of", "said Belarus joins the bloc"): a reporting verb in the past before it in its clause.
    func isReportedPresent(_ index: Int, sentence: Range<Int>) -> Bool {
        let pastReporting: Set<String> = ["said", "told", "notified", "informed", "announced", "stated", "declared", "confirmed", "reported", "added", "explained"]
        return (max(sentence.lowerBound, index - 12)..<index).reversed().prefix { ![";", ":", "\"", "\u{201C}", "\u{201D}"].contains(document.word($0)) }
            .contains { pastReporting.contains(document.word($0)) }
    }

    /// Verbs of approving a step: its decision ("approved the withdrawal").
    static let approving: Set<String> = ["approved", "approves", "approve", "approving", "endorsed", "endorses", "sanctioned", "sanctions"]

    /// Verbs that give notice of a step to its addressee ("notified the committee of its withdrawal").
    static let notifying: Set<String> = ["notified", "notifies", "notify", "notifying", "informed", "informs", "inform", "informing", "advised", "advises"]

    /// Verbs that complete a process: its event is done ("completed the procedure of withdrawal").
    static let completing: Set<String> = ["completed", "finalised", "finalized", "concluded", "finished", "formalised", "formalized"]
    /// The progressive forms of completing: a process under way ("is completing", "are finalising").
    static let completingProgressive: Set<String> = ["completing", "finalising", "finalizing", "concluding", "finishing", "formalising", "formalizing"]
    /// Participles of putting off: a step whose predicate puts it off in the passive infinitive or a modal is still ahead
    /// ("called for its accession to be postponed", "Kyrgyzstan's accession could be delayed").
    static let puttingOff: Set<String> = ["postponed", "delayed", "deferred"]

    /// Whether the infinitive whose "to" stands at `to` is what a decree signed enacts: "has signed a decree to recall all
    /// Ukrainian envoys from the CIS bodies", "signed on May 19 a decree to withdraw Ukraine's associate membership" (not "will
    /// sign a decree", nor a resolution passed, which decides a step still to be taken).
    func isEnactedByDecree(beforeInfinitive to: Int, sentence: Range<Int>) -> Bool {
        guard ["decree", "ukase", "order"].contains(document.word(to - 1)) else { return false }
        var cursor = to - 2
        while cursor > sentence.lowerBound, cursor >= to - 10,
              ["a", "the", "relevant", "corresponding", "presidential", "special", "new", "his", "her", "its"].contains(document.word(cursor))
                || tokens[cursor].kind == .number || DateWords.month(tokens[cursor]) != nil || ["on", "in"].contains(document.word(cursor)) { cursor -= 1 }
        guard ["signed", "issued"].contains(document.word(cursor)) else { return false }
        var auxiliary = cursor - 1
        while auxiliary > sentence.lowerBound, Self.adverbs.contains(document.word(auxiliary)) { auxiliary -= 1 }
        return !Self.prospectWords.contains(document.word(auxiliary)) || ["has", "have", "had"].contains(document.word(auxiliary))
    }

    /// Words that make a noun or gerund an event's plan rather than its report.
    static let nounPredicateFuture: Set<String> = ["will", "shall", "would"]

    /// Nouns of a statement whose topic is a step: the statement announces it.
    static let statementNouns: Set<String> = ["statement", "statements", "declaration", "announcement", "announcements", "notice", "notification"]

    /// Whether a statement noun ends right before `index` ("a statement about", "the announcement of"), over closing
    /// quotation marks and its author after "by" ("\"the announcement by Ukrainian President X\" regarding", "a notice by
    /// Georgia's government about").
    func isAStatement(before index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, Self.quotationMarks.contains(document.word(cursor)) { cursor -= 1 }
        if let by = (max(sentence.lowerBound, cursor - 7)...cursor).last(where: { document.word($0) == "by" }),
           (by + 1...cursor).allSatisfy({ document.spanAt[$0] != nil || tokens[$0].isCapitalized || Self.officeWords.contains(document.word($0))
               || ["the", "'s", "government", "parliament", "ministry", "cabinet"].contains(document.word($0)) }) {
            cursor = by - 1
        }
        return cursor >= sentence.lowerBound && Self.statementNouns.contains(document.word(cursor))
    }

    /// Whether the event at `at` is planned rather than done: its form and the words that govern it decide, not the
    /// phrase.
    func isPlanned(_ phrase: Phrase, at: Int, end: Int, afterProspectWord: Bool, sentence: Range<Int>) -> Bool {
        // "will join BRICS from today", "will officially become members as of today": the future of a step placed on the
        // article's own day is the step taken that day.
        if isFutureOnTheArticlesDay(at: at, end: end, sentence: sentence) { return false }
        // "Armenia joins on 2 January", "Belarus becomes a member next month": the present of an event still to come.
        if Self.presentForms.contains(phrase.words[0]), placesAheadInTime(at: at, end: end, sentence: sentence) { return true }
        // "moved one step closer to becoming a full member", "nearer to its accession": an event approached is still ahead.
        if isApproached(at, sentence: sentence) { return true }
        // "Under the procedure, Moldova's exit takes effect twelve months after the depositary is notified": the present of a
        // term counted from a step states a rule, the event still to come.
        if phrase.words == ["takes", "effect"], statesATerm(at: at) { return true }
        // "the leaders agreed to admit Uzbekistan", "decided to grant Belarus full membership": the admitting side's decision
        // is the admission.
        if afterProspectWord, phrase.lemma == "admit" || Self.grantingMembership.contains(phrase.words[0]), document.word(at - 1) == "to" {
            var lead = at - 2
            while lead > sentence.lowerBound, Self.adverbs.contains(document.word(lead)) || document.word(lead).hasSuffix("ly") { lead -= 1 }
            if Self.deciding.contains(document.word(lead)) { return false }
            // "All members unanimously decide to accept Bhutan as a full member": the present of a headline or a communiqué
            // decides as the past does; "will decide to admit" is a decision still ahead.
            if ["decide", "agree"].contains(document.word(lead)) {
                var before = lead - 1
                while before > sentence.lowerBound, isAdverb(before) { before -= 1 }
                if !Self.prospectWords.contains(document.word(before)), !["not", "n't", "did", "do", "does"].contains(document.word(before)) { return false }
            }
            // "signed a decision to admit Iran", "began with a signing ceremony to admit Belarus": the admitting side's act,
            // enacted or held, is the admission too.
            if isAdmittingAct(lead, admission: at, sentence: sentence) { return false }
        }
        // "signed a memorandum with a view to obtaining full membership", "steps aimed at joining", "the documents necessary
        // for Armenia's accession": a purpose is a plan.
        if phrase.form == .gerund || phrase.form == .noun || phrase.words[0].hasSuffix("ing") {
            var lead = at - 1
            if phrase.bare { while lead > sentence.lowerBound, document.spanAt[lead] != nil || ["'s", "'", "its", "their"].contains(document.word(lead)) { lead -= 1 } }
            if document.word(lead) == "to" && document.word(lead - 1) == "view" || document.word(lead) == "at" && ["aimed", "aiming"].contains(document.word(lead - 1))
                || phrase.bare && document.word(lead) == "for" { return true }
            // "voted for the country's withdrawal", "voted in favour of Armenia's accession": a vote for a step is its decision.
            var owner = at - 1
            while owner > sentence.lowerBound, document.spanAt[owner] != nil || ["'s", "'", "its", "their", "the", "country", "republic"].contains(document.word(owner)) { owner -= 1 }
            if document.word(owner) == "for" && Self.voting.contains(document.word(owner - 1))
                || document.word(owner) == "of" && ["favour", "favor"].contains(document.word(owner - 1)) && document.word(owner - 2) == "in" && Self.voting.contains(document.word(owner - 3)) { return true }
        }
        // "following Uzbekistan in quitting the treaty at the upcoming summit", "Armenia's accession at the forthcoming session
        // of the council", "joins during the next summit": a step placed at an occasion still to come is a plan.
        if phrase.form == .gerund || phrase.form == .noun || Self.presentForms.contains(phrase.words[0]),
           isPlacedAtAComingOccasion(after: end, sentence: sentence) { return true }
        // "said it was leaving the CSTO": a progressive in reported speech is a plan.
        if phrase.form == .gerund, isReportedProgressive(at, sentence: sentence) { return true }
        // "announced on June 13 that Uzbekistan pulls out of GUUAM": the present in speech reported in the past states the
        // decision announced, a plan, as the progressive does.
        if phrase.form == .finite, Self.presentForms.contains(phrase.words[0]), isReportedPresent(at, sentence: sentence) { return true }
        // "the parliament voted to ratify the Agreement": a parliament's vote to ratify is the ratification.
        // "voted earlier this week to ratify", "voted overwhelmingly to ratify": adverbials may stand between.
        if afterProspectWord, phrase.lemma == "ratify", document.word(at - 1) == "to",
           let vote = (max(sentence.lowerBound, at - 7)..<(at - 1)).last(where: { ["voted", "votes"].contains(document.word($0)) }),
           !(vote..<(at - 1)).contains(where: { [",", ";", "and", "but", "to"].contains(document.word($0)) || Self.prospectWords.contains(document.word($0)) }) {
            return false
        }
        // Signing a decision or the documents on a state's accession is the accession; an accession treaty or law still has
        // to enter into force ("the law ratifying the treaty on Kyrgyzstan's accession").
        if phrase.lemma == "accede", phrase.form == .noun, phrase.action == "joined" {
            let (noun, position) = accessionDocument(before: at, sentence: sentence)
            // "is expected to sign a memorandum on accession", "will sign the protocol on Iran's accession", "to adopt a decision
            // on it": the documents or the decision still to be signed or adopted, whatever the document, are a plan.
            if let position {
                var verb = position - 1
                while verb > sentence.lowerBound, ["the", "a", "an", "its", "their", "his", "her"].contains(document.word(verb)) { verb -= 1 }
                var lead = verb - 1
                while lead > sentence.lowerBound, Self.adverbs.contains(document.word(lead)) || document.word(lead).hasSuffix("ly") { lead -= 1 }
                // Only a signature still ahead: a modal, or "to" after a word of expectation or intent ("is expected to", "are
                // due to", "is to"); a purpose ("met in Minsk to sign the documents on X's accession") reports the signing.
                let ahead = ["will", "would", "shall", "'ll"].contains(document.word(lead))
                    || document.word(lead) == "to" && Self.expectingBeforeTo.contains(document.word(lead - 1))
                if ["sign", "adopt", "approve"].contains(document.word(verb)), ahead { return true }
            }
            switch noun {
            case "decision", "decisions", "documents", "document", "protocol", "act":
                // "the document on Armenia's accession to the EU was approved by the country's government": the acceding state's
                // own government or parliament approving it decides the step, a plan (the admitting side's act is the joining).
                return approvedByItsOwnOrgans(after: end, sentence: sentence)
            default:
                let words = sentence.map { document.word($0) }
                // "Armenia signed the treaty on its accession to the Union", "Kyrgyzstan also signed a treaty of accession": the
                // acceding state's own signature (a country or its leader signs) on its accession treaty is its joining (a ruling
                // of the conventions); the members' signatures ("the leaders signed the treaty on Iran's accession"), a law that
                // ratifies the treaty, or a treaty still to be signed, are not.
                if ["treaty", "agreement"].contains(noun), let position, !words.contains(where: { $0.hasPrefix("ratif") || $0 == "law" }) {
                    var verb = position - 1
                    while verb > sentence.lowerBound, ["the", "a", "an", "its", "their", "his", "her"].contains(document.word(verb)) { verb -= 1 }
                    var signer = verb - 1
                    while signer > sentence.lowerBound, Self.adverbs.contains(document.word(signer)) || ["has", "had", "have"].contains(document.word(signer)) { signer -= 1 }
                    if ["signed", "signs"].contains(document.word(verb)), signer >= sentence.lowerBound, let span = document.spanAt[signer],
                       document.spans[span].entity.country != nil || { if case .person = document.spans[span].entity { true } else { false } }() { return false }
                    // "is expected to sign the treaty on its accession": the signature still to come.
                    if document.word(verb) == "sign", Self.prospectWords.contains(document.word(verb - 1)) { return true }
                }
                // A step towards the accession: a plan, also beside the joining (a ruling of the conventions).
                if words.contains(where: { $0.hasPrefix("ratif") }) || words.contains("signed"), !words.contains("force") { return true }
            }
        }
        // "the Duma ratified the treaty on Armenia's joining the union": a treaty on the joining, ratified or signed by the
        // members, still has to enter into force, as one on the accession does.
        if phrase.lemma == "join", phrase.form == .noun || phrase.form == .gerund, phrase.action == "joined",
           case let (noun, _) = accessionDocument(before: at, sentence: sentence), ["treaty", "agreement"].contains(noun) {
            let words = sentence.map { document.word($0) }
            if words.contains(where: { $0.hasPrefix("ratif") }), !words.contains("force") { return true }
        }
        // "the leaders signed memorandums on India and Pakistan's joining the organization": a memorandum on the joining,
        // signed or ratified, is a step towards it, as one on the accession is.
        if phrase.lemma == "join", phrase.form == .noun || phrase.form == .gerund, phrase.action == "joined",
           case let (noun, _) = accessionDocument(before: at, sentence: sentence), ["memorandum", "memorandums", "memoranda"].contains(noun) {
            let words = sentence.map { document.word($0) }
            if words.contains(where: { $0.hasPrefix("ratif") || $0.hasPrefix("sign") }), !words.contains("force") { return true }
        }
        // "an agreement was signed in Moscow about Kyrgyzstan's joining the union", "the documents on Armenia's accession were
        // signed last year": an accession document signed in the passive, its signer unnamed, is a step towards the joining
        // still to enter into force, a plan (a ruling of the conventions: the accession documents signed give plans_to_join).
        if ["join", "accede"].contains(phrase.lemma), phrase.form == .noun || phrase.form == .gerund, phrase.action == "joined",
           isTopicOfASignedDocument(at: at, sentence: sentence) { return true }
        // "has completed the necessary formalities to join the SCO": the purpose of a process completed is done with it.
        if afterProspectWord, document.word(at - 1) == "to", completesThePurpose(ofInfinitiveAt: at - 1, sentence: sentence) { return false }
        // "Georgia was the only country to leave the CIS": an infinitive after a ranking ("the first state to", "the only
        // country to") takes its mood from the main verb ("would become the second country to quit" is a plan).
        if afterProspectWord, let rank = ranking(before: at, sentence: sentence) {
            return (max(sentence.lowerBound, rank - 6)..<rank).contains { ["would", "will", "could", "may", "might", "set", "expected", "likely"].contains(document.word($0)) }
        }
        // "would become the second country to formally quit", "announced the country's exit": prospects.
        let before = max(sentence.lowerBound, at - 8)..<at
        let governed = afterProspectWord || before.contains(where: { ["would", "could", "may", "might"].contains(document.word($0)) && tokens[$0].text != "May" })
            || (max(sentence.lowerBound, at - 5)..<at).contains(where: { position in
                // "signed a decision granting Belarus full membership": a decision signed or adopted is the act itself.
                Self.announcing.contains(document.word(position))
                    && !(document.word(position) == "decision" && Self.enacting.contains(document.word(position - (["a", "the"].contains(document.word(position - 1)) ? 2 : 1)))
                         // "the Supreme Soviet adopted a decision on joining the CIS": a decision on a step with no subject of its
                         // own is the deciding country's own, a plan (a ruling of the conventions); the admitting side's decision
                         // ("adopted a decision granting Belarus membership", "on Iran joining") is the act.
                         && !isOwnStepDecided(decision: position, phrase: phrase, at: at))
                    // "at the meeting of the CIS Council, a decision was adopted on the accession of Azerbaijan to the CIS": a decision
                    // enacted in the passive on a state's admission is the admission, unless the state's own organs adopted it.
                    && !(document.word(position) == "decision" && phrase.action == "joined" && isEnactedInThePassive(decision: position, sentence: sentence)
                         && !approvedByItsOwnOrgans(after: position, sentence: sentence))
            })
        // "the process of the country's accession to", "accession talks", "a bill denouncing the Charter": not yet done.
        let isNoun = phrase.form == .noun || phrase.form == .gerund || ["accession", "joining", "withdrawal", "exit", "entry", "leaving", "withdrawing", "acceding", "secession"].contains(phrase.words[0])
        guard isNoun else { return governed }
        let nounContext = (max(sentence.lowerBound, at - 6)..<min(sentence.upperBound, end + 2)).filter { $0 < at || $0 >= end }
        // "intends to complete the country's withdrawal", "wants to speed up its accession": a verb of intent governs the noun.
        let governedByIntent = before.contains { Self.intentVerbs.contains(document.word($0)) }
            // "the treaty on Kyrgyzstan's accession has not yet entered into force": the predicate denies it happened.
            // Only a predicate of coming about is denied: "joining the union does not mean abandoning ..." says what the
            // step means, not that it is still to come.
            || (end..<min(sentence.upperBound, end + 12)).contains { position in
                ["yet", "pending"].contains(document.word(position))
                    || ["not", "n't"].contains(document.word(position)) && !Self.relationalVerbs.contains(document.word(position + 1))
            }
            // "Moldova's withdrawal from the CIS will take effect in a year": the noun's predicate is in the future.
            // A comma or "and" before a state's name goes on with the noun's list ("the joining of India and Pakistan to the SCO will").
            || (end..<min(sentence.upperBound, end + 12)).prefix(while: { position in
                ![",", ";", "which", "that", "and", "but"].contains(document.word(position))
                    || [",", "and"].contains(document.word(position)) && document.entity(at: position + 1)?.entity.country != nil
            })
                .contains { Self.nounPredicateFuture.contains(document.word($0)) || statesATerm(at: $0)
                    || Self.puttingOff.contains(document.word($0)) && document.word($0 - 1) == "be" }
        if governedByIntent || elaboratesAnIntent(at: at, sentence: sentence) { return true }
        // "Iran is to complete accession to the SCO in July", "will finalise its withdrawal": a noun that an infinitive or a
        // modal of completing governs is still ahead (not "the first country to complete its withdrawal", a ranking).
        if phrase.form == .noun, isCompletionAhead(before: at, sentence: sentence) { return true }
        // "The government has approved the withdrawal from the CIS", "endorsed the country's exit": a step of leaving approved
        // is decided, a plan (a ruling of the conventions: an act that approves the step gives the plan). (The admitting side's
        // approval of a joining is the admission, read elsewhere.)
        if phrase.action == "left", (max(sentence.lowerBound, at - 5)..<at).contains(where: { Self.approving.contains(document.word($0)) }) { return true }
        // "After sending a statement about its quitting the group": a statement on the step announces it; also with its author
        // and quotation marks between ("took note of \"the announcement by President X\" regarding a withdrawal").
        if let preposition = (max(sentence.lowerBound, at - 4)..<at).last(where: { ["about", "on", "of", "regarding", "concerning"].contains(document.word($0)) }),
           (preposition + 1..<at).allSatisfy({ ["its", "their", "the", "a", "an", "country", "republic", "'s", "'"].contains(document.word($0)) || document.spanAt[$0] != nil }),
           isAStatement(before: preposition, sentence: sentence) { return true }
        // "the country's withdrawal from the CIS, which the Parliament decided last August": a relative clause that makes the
        // step a decision.
        if let which = (end..<min(sentence.upperBound, end + 10)).first(where: { document.word($0) == "which" && document.word($0 - 1) == "," }),
           (which + 1..<min(sentence.upperBound, which + 6)).prefix(while: { ![",", ";"].contains(document.word($0)) })
            .contains(where: { Self.deciding.contains(document.word($0)) || Self.announcing.contains(document.word($0)) }) {
            return true
        }
        // "officially notified the Executive Committee of the CIS of its withdrawal", "informing it of the country's withdrawal":
        // a notice of the step starts it (a ruling of the conventions), however long the addressee's name.
        if let of = (max(sentence.lowerBound, at - 5)..<at).last(where: { document.word($0) == "of" }),
           (of + 1..<at).allSatisfy({ ["its", "their", "the", "country", "republic", "'s"].contains(document.word($0)) || document.spanAt[$0] != nil }),
           let verb = (max(sentence.lowerBound, of - 14)..<of).reversed().prefix(while: { ![";", "which", "that", "and", "but"].contains(document.word($0)) })
            .first(where: { Self.notifying.contains(document.word($0)) }) {
            // "Uzbekistan has officially notified the member states of its withdrawal": the notice reported as the day's news,
            // in the perfect, is the step itself.
            var auxiliary = verb - 1
            while Self.adverbs.contains(document.word(auxiliary)) { auxiliary -= 1 }
            return !["has", "have"].contains(document.word(auxiliary))
        }
        // "completed the procedure of leaving the CIS", "finalised its accession": a process completed is the event; also
        // through a longer phrase of the procedures ("finalized all legal procedures necessary for its withdrawal").
        // "the council is completing the political aspects of Uzbekistan's accession", "are finalising the procedures for its
        // withdrawal": a process still being completed is not yet the event.
        if let progressive = (max(sentence.lowerBound, at - 6)..<at).first(where: { Self.completingProgressive.contains(document.word($0)) }),
           ["is", "are", "was", "were", "be", "been"].contains(document.word(progressive - 1)) || Self.adverbs.contains(document.word(progressive - 1)) && ["is", "are", "was", "were"].contains(document.word(progressive - 2)) {
            return true
        }
        if (max(sentence.lowerBound, at - 6)..<at).contains(where: { Self.completing.contains(document.word($0)) }) { return false }
        let clauseBefore = (max(sentence.lowerBound, at - 10)..<at).reversed().prefix { ![",", ";", "and", "but", "which", "that"].contains(document.word($0)) }
        // "signed a resolution on completing the process of Belarus joining the organization": the completion as the topic of
        // an act ("on completing") is done with the act, unless the act is still ahead ("will sign a resolution on completing").
        func completesAsTopic(_ position: Int) -> Bool {
            document.word(position) == "completing" && document.word(position - 1) == "on"
                && !(max(sentence.lowerBound, position - 8)..<position).contains { Self.prospectWords.contains(document.word($0)) && tokens[$0].text != "May" || Self.schedulingWords.contains(document.word($0)) }
        }
        if let completed = clauseBefore.first(where: { Self.completing.contains(document.word($0)) || completesAsTopic($0) }),
           (completed..<at).contains(where: { Self.processNouns.contains(document.word($0)) }) { return false }
        // "ready to assist Kyrgyzstan's early accession to the union": an accession qualified as still to come.
        if phrase.form == .noun, Self.prospectiveQualifiers.contains(document.word(at - 1)) { return true }
        // "to prepare the economy and legislation for accession to the Customs Union", "preparations for its withdrawal": what
        // is made ready for the event comes before it.
        if phrase.form == .noun, document.word(at - 1) == "for" || ["its", "their", "the"].contains(document.word(at - 1)) && document.word(at - 2) == "for",
           let preparing = (max(sentence.lowerBound, at - 10)..<at).last(where: { ["prepare", "prepares", "prepared", "preparing", "preparation", "preparations", "ready", "readying"].contains(document.word($0)) }),
           !(preparing..<at).contains(where: { [",", ";", "which", "that"].contains(document.word($0)) }) { return true }
        // "was \"a first step\" for Moldova's withdrawal from the CIS", "a move towards its accession": a step towards the event
        // is not the event (a step completed was read above).
        if let step = nounContext.last(where: { $0 < at && ["step", "steps", "move", "moves"].contains(document.word($0)) }),
           (step + 1..<at).contains(where: { ["for", "towards", "toward"].contains(document.word($0)) }) { return true }
        // "Bishkek's decision to give the green light to Kyrgyzstan joining the union", "the go-ahead for its accession": a
        // permission lets the event come, it is not the event.
        if nounContext.contains(where: { $0 < at && (document.word($0) == "light" && document.word($0 - 1) == "green"
            || document.word($0) == "go-ahead" || document.word($0) == "ahead" && document.word($0 - 1) == "-" && document.word($0 - 2) == "go") }) { return true }
        // "the formal procedure of Georgia's withdrawal from the CIS was completed on 18 August", "the process of Armenia's
        // accession has been finalised": a process of the step that its predicate reports completed is the step done, as
        // "completed the procedure of leaving" is (read above).
        if nounContext.contains(where: { Self.processNouns.contains(document.word($0)) }), isReportedCompleted(after: end, sentence: sentence) { return false }
        if nounContext.contains(where: { Self.prospectNouns.contains(document.word($0)) }) { return true }
        // "voters approving of Latvia joining the EU", "most approve of Malta's accession", "approval of its entry": approving
        // of a step, like backing it, is for a step still to come (the admitting side's act, "approved Iran's accession",
        // is read elsewhere).
        if nounContext.contains(where: { $0 < at && document.word($0) == "of" && Self.approving.union(["approval"]).contains(document.word($0 - 1)) }) { return true }
        return governed
    }

    /// Words that close, going back, the clause an elaboration of the step elaborates (`elaboratesAnIntent`).
    static let elaboratedClauseOpeners: Set<String> = [",", ";", ":", ".", "that", "which", "who", "whom", "where", "when", "but", "while", "although", "though", "because", "if"]

    /// Whether the noun or gerund at `at` stands in an elaboration after a comma (its opener one of
    /// `PublicationDate.elaborationOpeners`: "including", "in particular", "notably", "especially", "such as", with a
    /// preposition or none before the step and no verb of its own) of a clause whose predicate is intended or still ahead:
    /// "will expand cooperation in various regional groups, including with respect to Georgia joining the union", "hopes
    /// to deepen ties in many formats, in particular on Serbia's accession". The aside takes the mood of the clause it
    /// elaborates, however long that clause's object runs, where the words right before the step (`before`) may name none.
    /// Not when the clause weighs ("will discuss many issues, including Georgia joining"), is negated ("will not expand ...")
    /// or reports ("cooperated, including on ..."): no intent there.
    func elaboratesAnIntent(at: Int, sentence: Range<Int>) -> Bool {
        var step = at
        while step > sentence.lowerBound, document.spanAt[step - 1] != nil || ["'s", "'", "its", "their", "the"].contains(document.word(step - 1)) { step -= 1 }
        guard let comma = (max(sentence.lowerBound, step - 7)..<step).last(where: { document.word($0) == "," }) else { return false }
        let aside = (comma + 1..<step).map { document.word($0) }
        guard let opener = PublicationDate.elaborationOpeners.first(where: { aside.starts(with: $0) }) else { return false }
        // Between the opener and the step only a preposition's words ("with respect to", "on", "in", "as regards").
        let link = aside.dropFirst(opener.count)
        guard link.allSatisfy({ ["with", "respect", "regard", "to", "on", "in", "as", "regards", "concerning", "regarding", "about", "for", "of"].contains($0) }) else { return false }
        let clause = (sentence.lowerBound..<comma).reversed().prefix { !Self.elaboratedClauseOpeners.contains(document.word($0)) }
        guard !clause.contains(where: { Self.weighing.contains(document.word($0)) || Self.talkingVerbs.contains(document.word($0)) || Self.negators.contains(document.word($0)) }) else { return false }
        return clause.contains { Self.intentVerbs.contains(document.word($0)) }
    }

    /// Whether the predicate of the noun phrase ending at `end` reports it completed, over the rest of the phrase (the
    /// organisation, a date) and adverbs: "was completed on 18 August", "has been formally finalised", "is now complete".
    /// Not a completion ahead or denied: "will be completed", "is expected to be completed", "is being finalised", "has not
    /// been completed", "is yet to be concluded".
    func isReportedCompleted(after end: Int, sentence: Range<Int>) -> Bool {
        let clause = (end..<min(sentence.upperBound, end + 12)).prefix { ![",", ";", "which", "that", "but", "and"].contains(document.word($0)) }
        guard let done = clause.first(where: { Self.completing.contains(document.word($0)) || ["complete", "over"].contains(document.word($0)) }) else { return false }
        var copula = done - 1
        while copula > end, Self.adverbs.contains(document.word(copula)) || document.word(copula).hasSuffix("ly") || document.word(copula) == "now" { copula -= 1 }
        guard ["was", "were", "been", "is", "are"].contains(document.word(copula)) else { return false }
        return !(end..<done).contains { ["not", "n't", "never", "yet", "being", "be", "to"].contains(document.word($0)) || Self.prospectWords.contains(document.word($0)) && tokens[$0].text != "May" }
    }

    /// Adjectives that place a noun of joining or leaving still ahead ("early accession", "its speedy withdrawal").
    static let prospectiveQualifiers: Set<String> = ["early", "speedy", "swift", "rapid", "quick", "eventual", "forthcoming", "upcoming", "imminent"]

    /// Whether the accession ends in observer status, not membership: "the proposal on Uzbekistan's accession to the
    /// organization as an observer state", "joined the SCO as observers" (within the phrase's clause). A plan stays a plan to
    /// join ("asked to join ... as an observer", the guide's reading of any request).
    func joinsAsObserver(after end: Int, sentence: Range<Int>) -> Bool {
        (end..<min(sentence.upperBound, end + 12)).prefix { ![",", ";"].contains(document.word($0)) }.contains { index in
            document.word(index) == "as" && (["an", "a"].contains(document.word(index + 1)) && document.word(index + 2) == "observer" || document.word(index + 1) == "observers")
        }
    }

    /// Words of a partner's role ("partner states", "a dialogue partner", "partnership status"): partners are not members.
    static let partnerRoles: Set<String> = ["partner", "partners", "partnership", "dialogue"]
    /// Words that may stand between "as", "with" or "in" and a role's head ("as a new BRICS partner country", "in the status of a partner").
    static let roleModifiers: Set<String> = ["a", "an", "the", "its", "their", "new", "official", "formal", "full", "fully", "-", "fledged", "status", "of"]

    /// Whether the joining ends in a partner's role, not membership: "will join BRICS as partner states", "joined the SCO as
    /// a dialogue partner", "joins the bloc with partner status", "in the status of a partner country" (within the phrase's
    /// clause; a role after "as", "with" or "in", its head one of `partnerRoles`). Joining as an observer stays joining, as
    /// the corpora read it (see `joinsAsObserver`).
    func joinsAsPartner(after end: Int, sentence: Range<Int>) -> Bool {
        let clause = Array((end..<min(sentence.upperBound, end + 12)).prefix { ![",", ";", ".", "and", "but", "which", "that"].contains(document.word($0)) })
        for lead in clause where ["as", "with", "in"].contains(document.word(lead)) {
            var cursor = lead + 1
            while cursor < sentence.upperBound, cursor < lead + 8 {
                if Self.roleModifiers.contains(document.word(cursor)) { cursor += 1; continue }
                if let span = document.entity(at: cursor), case .organisation = span.entity { cursor = span.end; continue }
                break
            }
            // "in the status of a partner", "with partner status"; not "in 2025" or "with Russia".
            guard Self.partnerRoles.contains(document.word(cursor)) else { continue }
            if document.word(lead) == "as" || (lead + 1...cursor + 2).contains(where: { document.word($0) == "status" }) { return true }
        }
        return false
    }

    /// Whether the joining's subject is a partner's role, not a state's membership: "six new dialogue partners joined the
    /// SCO", "the new partner countries have formally joined BRICS", "two partner states, A and B, were admitted" (the
    /// subject's head, right before the verb over auxiliaries, adverbs and names in apposition, one of `partnerRoles` or a
    /// state noun after one).
    func hasAPartnerSubject(before at: Int, sentence: Range<Int>) -> Bool {
        let passed: Set<String> = ["has", "have", "had", "was", "were", "is", "are", "also", "officially", "formally", "recently", "already",
                                   "then", "later", "subsequently", "all", "both"]
        var cursor = at - 1
        while cursor > sentence.lowerBound, passed.contains(document.word(cursor)) { cursor -= 1 }
        // "the new partner countries, Bolivia and Cuba, joined": over the names in apposition to the head.
        if document.word(cursor) == "," {
            var inner = cursor - 1
            while inner > sentence.lowerBound {
                if document.word(inner) == "and" { inner -= 1; continue }
                // A comma inside the list follows a name; the one that opens the apposition follows the head.
                if document.word(inner) == ",", let index = document.spanAt[inner - 1], document.spans[index].entity.country != nil { inner -= 1; continue }
                if document.word(inner) == "," { break }
                guard let index = document.spanAt[inner], document.spans[index].entity.country != nil else { break }
                inner = document.spans[index].start - 1
            }
            if document.word(inner) == ",", inner < cursor - 1 { cursor = inner - 1 }
        }
        let head = document.word(cursor)
        if ["partners", "partner"].contains(head) { return true }
        return ["countries", "states", "nations"].contains(head) && Self.partnerRoles.contains(document.word(cursor - 1))
    }

    /// Verbs of receiving a status in the base form, after "to" ("to obtain", "to get").
    static let receivingBases: Set<String> = ["obtain", "get", "receive", "gain", "acquire", "secure", "win", "attain", "become"]

    /// Whether the observer status at `at` is only asked for or intended: "had submitted requests to obtain observer status",
    /// "applied to receive observer status", "asked to be granted observer status", "wants to get observer status" (an
    /// infinitive of receiving after a word of requesting or intent), or "requested observer status", "seeks the status of an
    /// observer" (the status a request's object). The status is given only when granted.
    /// Gerunds of receiving a status, after "an application for" or "a request for".
    static let receivingGerunds: Set<String> = ["obtaining", "receiving", "getting", "gaining", "acquiring", "granting"]

    /// Nouns and verbs of pursuing a status, beside requests: an appeal, a process or procedure launched, an effort, a drive,
    /// an aspiration ("Azerbaijan's appeal to obtain observer status", "the process for granting observer status to the
    /// country", "efforts to gain observer status", "its push to secure the status of an observer"): the status is pursued,
    /// not granted (the conventions have no plan for a status, so nothing is reported).
    static let statusPursuits: Set<String> = ["appeal", "appeals", "appealed", "appealing", "plea", "pleas", "quest", "push", "drive", "campaign", "effort", "efforts",
                                              "attempt", "attempts", "bid", "bids", "process", "procedure", "procedures", "intention", "intentions", "aspiration",
                                              "aspirations", "ambition", "ambitions", "desire", "readiness", "willingness", "plan", "plans", "steps", "step", "move",
                                              "moves", "hope", "hopes", "interest", "interested", "initiative", "proposal", "proposals", "aims", "aim", "goal", "course"]

    /// Adjectives of a country's readiness or wish before the infinitive of receiving a status ("is willing to get observer
    /// status", "is eager to obtain", "keen to gain the status of an observer"): the status is wanted, not granted.
    static let readinessAdjectives: Set<String> = ["willing", "ready", "eager", "keen", "prepared", "determined", "anxious", "desirous", "hoping", "aiming", "seeking", "looking"]

    func isAskedForStatus(at: Int, sentence: Range<Int>) -> Bool {
        let window = max(sentence.lowerBound + 1, at - 4)..<min(sentence.upperBound, at + 1)
        for to in window where document.word(to) == "to" {
            let next = document.word(to + 1)
            guard Self.receivingBases.contains(next) || next == "be" && MembershipRules.granting.contains(document.word(to + 2)) else { continue }
            let governor = document.word(to - 1)
            // "welcomed the intention of Pakistan, Iran and India to get an observer status": the noun before the states the
            // intent is of governs the infinitive.
            if document.spanAt[to - 1] != nil {
                var lead = to - 1
                while lead > sentence.lowerBound, let index = document.spanAt[lead], document.spans[index].entity.country != nil {
                    lead = document.spans[index].start - 1
                    if document.word(lead) == "," { lead -= 1 }
                    if document.word(lead) == "and" { lead -= 1 }
                }
                // (Only an intent: whether a request "of" states was granted is read elsewhere.)
                if document.word(lead) == "of", Self.statusPursuits.contains(document.word(lead - 1)) { return true }
            }
            // "approved the decision to obtain observer status", "decided to get the status": the country's own decision is an
            // intent, and no action names a plan for observer status.
            if MembershipRules.requesting.contains(governor) || MembershipRules.intentVerbs.contains(governor) || ["wish", "wishes", "wished", "desire", "aspires", "aspire"].contains(governor)
                || ["decision", "decisions", "decided", "decides", "decide", "resolution"].contains(governor)
                || Self.statusPursuits.contains(governor) || Self.readinessAdjectives.contains(governor) { return true }
        }
        var lead = at - 1
        while lead > sentence.lowerBound, ["the", "an", "a", "its", "their", "such", "this", "that"].contains(document.word(lead)) { lead -= 1 }
        // "the process of Moldova obtaining the status of an observer state": the gerund's own subject between.
        if Self.receivingGerunds.contains(document.word(lead)), let owner = document.entity(at: lead - 1), owner.entity.country != nil, owner.end == lead,
           ["for", "of"].contains(document.word(owner.start - 1)),
           MembershipRules.requesting.contains(document.word(owner.start - 2)) || Self.statusPursuits.contains(document.word(owner.start - 2)) { return true }
        // "supporting Uzbekistan's application for obtaining the observer status", "a request for receiving the status",
        // "initiated the process for granting observer status to the country", "the procedure of obtaining the status".
        if Self.receivingGerunds.contains(document.word(lead)), ["for", "of"].contains(document.word(lead - 1)),
           MembershipRules.requesting.contains(document.word(lead - 2)) || Self.statusPursuits.contains(document.word(lead - 2)) { return true }
        // "requested observer status", "Cuba wants such status too": the status the object of a request or a wish.
        return ["requested", "requests", "request", "requesting", "sought", "seeks", "seek", "seeking", "wants", "want", "wanted", "wanting"].contains(document.word(lead))
    }

    /// Whether interest is shown in the step ("expressing interest in joining BRICS", "is interested in becoming a member",
    /// "showed an interest in Uzbekistan's accession"): interest is not a plan, as weighing is not (a ruling of the
    /// conventions: a plan is a stated intention, decision, application or request).
    func showsInterest(before at: Int, sentence: Range<Int>) -> Bool {
        var cursor = at - 1
        while cursor > sentence.lowerBound, cursor >= at - 5 {
            let word = document.word(cursor)
            if ["its", "their", "his", "her", "the", "'s", "s", "'"].contains(word) { cursor -= 1; continue }
            if let span = document.entity(at: cursor), span.entity.country != nil { cursor = span.start - 1; continue }
            break
        }
        return document.word(cursor) == "in" && ["interest", "interested"].contains(document.word(cursor - 1))
    }

    /// Words that rank a state among those taking a step ("the only country to leave", "the previous country to become a
    /// member was Iran", "the latest state to join"); not "next", which places the step ahead whatever the main verb.
    static let rankingWords: Set<String> = ["only", "first", "last", "previous", "latest", "newest"]

    /// Processes whose completion completes their purpose ("completed the necessary formalities to become a full member").
    /// Not talks or negotiations: concluding accession talks is not acceding.
    static let purposeProcesses: Set<String> = ["formalities", "formality", "procedures", "procedure", "process", "requirements", "steps"]

    /// Whether the infinitive whose "to" stands at `to` is the purpose of a process its clause reports completed: "Belarus has
    /// completed the necessary formalities to become a full member", "finalised all the procedures to join the union" (a
    /// completed process is the event, as "completed the procedure of leaving" is). Not a completion still ahead ("will
    /// complete", "is completing", "must have completed": no past form of `completing` right before the object) nor one in a
    /// clause of time or condition ("once it has completed the procedures to join").
    func completesThePurpose(ofInfinitiveAt to: Int, sentence: Range<Int>) -> Bool {
        let clause = (max(sentence.lowerBound, to - 8)..<to).reversed().prefix { ![",", ";", ":", "and", "but", "which", "that", "\"", "“", "”"].contains(document.word($0)) }
        guard let verb = clause.first(where: { Self.completing.contains(document.word($0)) }),
              (verb + 1..<to).contains(where: { Self.purposeProcesses.contains(document.word($0)) }) else { return false }
        var auxiliary = verb - 1
        while auxiliary > sentence.lowerBound, Self.adverbs.contains(document.word(auxiliary)) || document.word(auxiliary).hasSuffix("ly") { auxiliary -= 1 }
        if ["has", "have", "had"].contains(document.word(auxiliary)) { auxiliary -= 1 }
        while auxiliary > sentence.lowerBound, Self.adverbs.contains(document.word(auxiliary)) || document.word(auxiliary).hasSuffix("ly") { auxiliary -= 1 }
        if let span = document.spanAt[auxiliary] { auxiliary = document.spans[span].start - 1 }
        let word = document.word(auxiliary)
        return !(Self.prospectWords.contains(word) && tokens[max(0, auxiliary)].text != "May") && !["once", "if", "when", "after", "until", "unless", "before"].contains(word)
    }

    /// Whether a step named only as an infinitive ("to become a full member", a fixed phrase whose action is the plan) is done
    /// with what governs it: the purpose of a process completed ("has completed the formalities to become a full member"), or
    /// after a ranking whose main verb reports it ("The previous country to become a full member of the SCO was Iran"; "would
    /// be the next" stays a plan).
    func infinitiveIsDone(to: Int, sentence: Range<Int>) -> Bool {
        if completesThePurpose(ofInfinitiveAt: to, sentence: sentence) { return true }
        guard let rank = ranking(before: to + 1, sentence: sentence) else { return false }
        return !(max(sentence.lowerBound, rank - 6)..<rank).contains { ["would", "will", "could", "may", "might", "set", "expected", "likely"].contains(document.word($0)) }
    }

    /// Past verbs of causing that entail what they caused ("the war pushed Georgia to enter the CIS in 1993", "Moscow forced
    /// Armenia to join the union", "Georgia was compelled to join"): the step was taken, under another's push.
    static let causingPast: Set<String> = ["forced", "compelled", "pushed", "prompted", "drove", "led", "caused"]

    /// Whether the infinitive whose "to" stands at `to` is caused by a past verb of `causingPast`: with the country as its object
    /// right before "to" ("pushed Georgia to enter"), or in the passive ("Georgia was forced to join"). Not a cause still ahead
    /// or supposed ("would force Armenia to leave": the base form is no past), nor an invitation ("urged", "pressed": see
    /// `isInvited`), which entails nothing.
    func isCaused(beforeInfinitive to: Int, sentence: Range<Int>) -> Bool {
        var verb = to - 1
        var object = false
        if let span = document.spanAt[verb], document.spans[span].entity.country != nil { verb = document.spans[span].start - 1; object = true }
        while verb > sentence.lowerBound, Self.adverbs.contains(document.word(verb)) { verb -= 1 }
        guard verb > sentence.lowerBound, Self.causingPast.contains(document.word(verb)) else { return false }
        var auxiliary = verb - 1
        while auxiliary > sentence.lowerBound, Self.adverbs.contains(document.word(auxiliary)) { auxiliary -= 1 }
        // "would have forced Armenia to leave": the modal before a perfect supposes the cause.
        let modal = document.word(auxiliary) == "have" ? document.word(auxiliary - 1) : document.word(auxiliary)
        if object { return !Self.prospectWords.contains(modal) || tokens[max(0, auxiliary)].text == "May" }
        return ["was", "were"].contains(document.word(auxiliary))
    }

    /// "the only country to leave", "the second capital to join", "the second state after Georgia to leave": where the ranking
    /// word stands, when the infinitive at `at` follows one (up to a noun phrase and an "after X").
    func ranking(before at: Int, sentence: Range<Int>) -> Int? {
        var to = at - 1
        if Self.adverbs.contains(document.word(to)) || document.word(to) == "be" { to -= 1 }
        guard document.word(to) == "to" else { return nil }
        var cursor = to - 1
        while cursor > sentence.lowerBound, cursor >= to - 6 {
            let word = document.word(cursor)
            // "ready to take the first step to withdraw", "the second stage to join": a step, stage or move ranks no state.
            if Self.stepNouns.contains(word) { return nil }
            if Self.rankingWords.contains(word) || NumberWords.ordinalWords[word] != nil { return ["the", "its", "their"].contains(document.word(cursor - 1)) ? cursor - 1 : nil }
            // Nouns and their modifiers ("post-Soviet", "Central Asian"), and "after Georgia": no verb ("the first time it
            // decided to join" ranks nothing).
            guard document.spanAt[cursor] != nil || word == "-" || tokens[cursor].kind == .word && !word.hasSuffix("ed") && !Self.prospectWords.contains(word)
                    && !["is", "was", "be", "been", "are", "were", "has", "have", "had", "time", "and", "or", "that", "which", "who"].contains(word) else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// Nouns of a stage in a process, which a ranking word may qualify without ranking states ("the first step to withdraw").
    static let stepNouns: Set<String> = ["step", "steps", "stage", "stages", "phase", "move", "moves", "measure", "measures", "attempt", "time"]

    /// Words that demand or propose what their "that" clause states ("his proposal that Georgia leave the CIS").
    static let mandating: Set<String> = ["proposal", "proposals", "proposed", "proposes", "propose", "demand", "demands", "demanded", "insisted", "insists",
                                         "insist", "suggested", "suggests", "suggestion", "recommended", "recommends", "recommendation", "urged", "urges",
                                         "resolution", "motion", "requirement", "required", "requires", "request", "requested"]

    /// Whether the base form at `at` is a subjunctive after a demand or proposal: "that" and a country right before it, and a
    /// word of proposing or demanding before "that".
    func isMandative(_ at: Int, sentence: Range<Int>) -> Bool {
        guard let index = document.spanAt[at - 1], document.spans[index].entity.country != nil else { return false }
        var that = document.spans[index].start - 1
        if document.word(that) == "the" { that -= 1 }
        guard document.word(that) == "that", that > sentence.lowerBound else { return false }
        return (max(sentence.lowerBound, that - 3)..<that).contains { Self.mandating.contains(document.word($0)) }
    }

    /// Verbs of weighing a step, and the words that may stand between them and the step weighed ("is studying the possibility
    /// of joining", "is weighing whether to quit", "examines a possible accession").
    static let weighing: Set<String> = ["consider", "considers", "considered", "considering", "study", "studies", "studied", "studying",
                                        "examine", "examines", "examined", "examining", "weigh", "weighs", "weighed", "weighing",
                                        "mull", "mulls", "mulled", "mulling", "explore", "explores", "explored", "exploring",
                                        "contemplate", "contemplates", "contemplated", "contemplating", "ponder", "ponders", "pondered", "pondering",
                                        // Discussing or debating a step weighs it too (a ruling of the conventions): "discussed the prospects
                                        // of Tajikistan's accession", "is discussing the possibility of applying", "debated leaving the CIS".
                                        "discuss", "discusses", "discussed", "discussing", "discussion", "discussions",
                                        "debate", "debates", "debated", "debating"]
    /// Verbs of talking, which with "about" or "of" discuss the step after them (`isWeighed`): "too early to talk about",
    /// "premature to speak of".
    static let talkingVerbs: Set<String> = ["talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "spoken", "speaking"]
    /// Passive participles that weigh a noun named before them ("Tajikistan's accession was discussed"); not "considered",
    /// which also describes a thing done ("the accession was considered a success").
    static let weighedPassives: Set<String> = ["discussed", "debated", "studied", "examined", "weighed", "explored"]
    /// Adjectives that make the step after them a supposition ("its possible accession", "a potential withdrawal").
    static let supposingAdjectives: Set<String> = ["possible", "potential", "hypothetical"]
    static let weighedStepLead: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "'s", "of", "to", "for", "whether", "possibility", "possible",
                                               "potential", "eventual", "option", "options", "idea", "prospect", "prospects", "consequences", "benefits",
                                               "costs", "merits", "pros", "feasibility", "implications", "economic", "practical", "legal", "seriously", "also", "on", "about",
                                               "now", "again", "full", "country", "republic",
                                               // "put forward the issue of our country's withdrawal": a speaker's own country.
                                               "our",
                                               // "would examine the question of joining", "studied the issue of its accession".
                                               "question", "issue", "matter",
                                               // "is studying the possibility of obtaining observer status".
                                               "obtaining", "receiving", "gaining", "acquiring", "getting", "seeking",
                                               // "discussed the possibility of Belarus becoming a full member".
                                               "becoming",
                                               // "its possible acquisition of observer status", "deciding on joining".
                                               "acquisition", "obtainment", "receipt", "deciding"]

    /// Nouns of what a step would take, meet or bring, before "of", "for" or "to" and the step as a gerund or noun ("no
    /// problems for joining", "the obstacles to its accession", "the criteria for joining", "the costs of leaving"): the step
    /// is a prospect weighed (`isWeighed`).
    static let stepTermsNouns: Set<String> = ["problem", "problems", "obstacle", "obstacles", "barrier", "barriers", "hurdle", "hurdles",
                                              "impediment", "impediments", "condition", "conditions", "criteria", "criterion", "requirement",
                                              "requirements", "prerequisite", "prerequisites", "precondition", "preconditions", "benefit",
                                              "benefits", "advantages", "disadvantages", "cost", "costs", "pros", "cons", "risks", "consequences",
                                              "implications", "objections"]

    /// Whether a verb of weighing governs the phrase (a ruling of the conventions: weighing a step is no plan), before it
    /// ("Armenia is considering leaving the CSTO"), interest shown in it ("expressing interest in joining"), as a question ("the question of joining"), or, for a noun, in the passive after it ("Tajikistan's accession is being
    /// studied", "a bid to join is under consideration", "Iran's accession is on the agenda").
    func isWeighed(_ phrase: Phrase, at: Int, end: Int, sentence: Range<Int>) -> Bool {
        // "Other countries expressing interest in joining BRICS include ...": interest weighs the step, it plans nothing.
        if showsInterest(before: at, sentence: sentence) { return true }
        var cursor = at - 1
        var weighedNoun = false
        while cursor >= sentence.lowerBound, cursor >= at - 8 {
            if Self.weighing.contains(document.word(cursor)) { return true }
            // "the decision on its possible acquisition of observer status", "a potential accession": a step called possible
            // is supposed, neither taken nor planned; "when deciding on joining", "deciding whether to leave" weighs it.
            if Self.supposingAdjectives.contains(document.word(cursor)) { return true }
            if document.word(cursor) == "deciding", ["on", "whether", "about"].contains(document.word(cursor + 1)) { return true }
            // "it is too early to talk about the republic becoming a full member", "no one is speaking of Moldova's exit": a step
            // talked or spoken about is discussed, and discussing weighs it (a ruling of the conventions); not "accession
            // talks", a noun of a process (`prospectNouns`).
            if Self.talkingVerbs.contains(document.word(cursor)), ["about", "of"].contains(document.word(cursor + 1)) { return true }
            // "The question of joining the treaty divided the leadership": a step that is a question or issue is debated.
            // "was looking at the possibility of joining", "raised the prospect of leaving": a possibility is no intention,
            // whatever verb names it.
            // "should approach the subject of joining": a topic, likewise.
            if ["question", "issue", "matter", "subject", "topic", "possibility", "prospect", "prospects", "option", "idea"].contains(document.word(cursor)),
               document.word(cursor + 1) == "of" { return true }
            // "have no problems for joining", "there are no obstacles to Serbia's accession", "meets the criteria for joining",
            // "the benefits of leaving the bloc": what a step would take, meet or bring names it as a prospect weighed, not taken.
            if phrase.form == .gerund || phrase.form == .noun, Self.stepTermsNouns.contains(document.word(cursor)),
               ["of", "for", "to"].contains(document.word(cursor + 1)) { return true }
            // "the issue of granting Uzbekistan observer status was considered": over the granting verb and its recipient.
            guard Self.weighedStepLead.contains(document.word(cursor)) || document.spanAt[cursor] != nil
                || phrase.action == "observer" && ["granting", "giving", "according", "conferring"].contains(document.word(cursor)) else { break }
            weighedNoun = weighedNoun || ["possibility", "prospect", "prospects", "option", "options", "idea", "question", "issue", "matter"].contains(document.word(cursor))
            cursor -= 1
        }
        // "discussed the construction of a plant and the prospects of Tajikistan's accession": a verb of weighing earlier in
        // the clause governs the possibility named.
        if weighedNoun {
            let clause = (max(sentence.lowerBound, cursor - 16)...max(sentence.lowerBound, cursor)).reversed().prefix { ![",", ";", ":"].contains(document.word($0)) }
            if clause.contains(where: { Self.weighing.contains(document.word($0)) }) { return true }
        }
        guard phrase.form != .finite, phrase.form != .base else { return false }
        // "The withdrawal of Georgia and Ukraine from the CIS was discussed": the predicate after the countries coordinated
        // after "of", whose "and" is the list's.
        let start = document.word(end - 1) == "of" && document.entity(at: end)?.entity.country != nil ? coordinatedCountries(startingAt: end, sentence: sentence).end : end
        let clause = (start..<min(sentence.upperBound, start + 10)).prefix { ![",", ";", "and", "but", "which", "that"].contains(document.word($0)) }
        return clause.contains { position in
            document.word(position) == "being" && Self.weighing.contains(document.word(position + 1))
                || ["is", "was", "were", "are", "been"].contains(document.word(position)) && Self.weighedPassives.contains(document.word(position + 1))
                || document.word(position) == "under" && ["consideration", "study", "review", "examination"].contains(document.word(position + 1))
                // "Iran's accession to the SCO is on the agenda": a matter set for discussion.
                || ["on", "onto"].contains(document.word(position)) && document.word(position + 1) == "the" && document.word(position + 2) == "agenda"
        }
    }

    /// Whether the infinitive whose "to" stands at `to` is what others invite or urge a country to do: in the passive ("was
    /// invited to join") or with the country as the object ("urged Tajikistan to join"); not "Uzbekistan asked to join".
    func isInvited(beforeInfinitive to: Int, sentence: Range<Int>) -> Bool {
        // "called upon Moldova to do the same and to leave": a coordinated infinitive is asked for by the first one's verb.
        if document.word(to - 1) == "and",
           let first = (max(sentence.lowerBound, to - 10)..<(to - 1)).reversed().prefix(while: { ![";", ":", "."].contains(document.word($0)) })
            .first(where: { document.word($0) == "to" }) {
            return isInvited(beforeInfinitive: first, sentence: sentence)
        }
        // "urged Ukraine and other countries also to quit": an adverb before "to" belongs to the infinitive.
        var base = to - 1
        while base > sentence.lowerBound, Self.adverbs.contains(document.word(base)) { base -= 1 }
        var verb = base
        var object = false
        // "called on Ukraine to follow", also "on Ukraine and other members": the names and the plural nouns coordinated
        // with them are the object.
        while verb > sentence.lowerBound, verb >= base - 8 {
            let word = document.word(verb)
            if let span = document.spanAt[verb], document.spans[span].entity.country != nil {
                verb = document.spans[span].start - 1
                object = true
            } else if ["and", ",", "the", "other", "its", "their", "all", "fellow", "more", "new", "several", "some", "few", "many", "further", "additional"].contains(word)
                        // "to invite six more countries to join": a count in the object.
                        || tokens[verb].kind == .number || NumberWords.cardinalWords[word] != nil
                        || tokens[verb].kind == .word && tokens[verb].isLowercase && word.hasSuffix("s") && !Self.inviting.contains(word)
                        && !["is", "was", "has", "as", "does", "this", "thus"].contains(word) {
                verb -= 1
            } else { break }
        }
        // "appealed to other members to withdraw", "called on fellow members to leave": plural nouns alone after the verb's
        // preposition are its object too.
        // "decided to invite six more countries to join": plural nouns right after a verb of inviting are its object.
        if !object, verb < base, ["on", "upon", "to"].contains(document.word(verb)) || Self.inviting.contains(document.word(verb)),
           (verb + 1...base).contains(where: { tokens[$0].kind == .word && tokens[$0].isLowercase && document.word($0).hasSuffix("s") && document.word($0) != "its" }) {
            object = true
        }
        if !object { verb = base }
        // "called on Ukraine to follow", "appealed to Tajikistan to join", "a motion calling for Moldova to leave": the verb
        // before its preposition.
        if object, ["on", "upon", "for"].contains(document.word(verb)) && ["called", "calls", "call", "calling"].contains(document.word(verb - 1))
            || document.word(verb) == "to" && ["appealed", "appeals", "appeal", "appealing"].contains(document.word(verb - 1)) { verb -= 1 }
        guard verb > sentence.lowerBound, Self.inviting.contains(document.word(verb)) else { return false }
        var auxiliary = verb - 1
        while auxiliary > sentence.lowerBound, Self.adverbs.contains(document.word(auxiliary)) { auxiliary -= 1 }
        return object || ["is", "was", "are", "were", "been", "being", "be"].contains(document.word(auxiliary))
    }

    /// Verbs by which others ask a country to take a step.
    static let inviting: Set<String> = ["invited", "invites", "invite", "inviting", "urged", "urges", "urge", "urging", "encouraged", "encourages",
                                        "encourage", "encouraging", "pressed", "presses", "press", "pressing", "pressured", "pressuring", "pushing", "persuading", "asked", "asks", "ask",
                                        "called", "calls", "call", "calling", "appealed", "appeals", "appeal", "appealing"]

    /// The present forms that state an event ("joins", "leaves", "becomes"): with a time still to come, a schedule.
    static let presentForms: Set<String> = Set(lexicon.filter { $0.third != $0.past }.map(\.third)).union(["becomes"])

    /// Whether the clause after `end` names a time after the article's date: "next year", "tomorrow", or a month that is
    /// one to six months ahead ("joins on 2 January" in a December article), or this month on a later day.
    func namesAFutureTime(after end: Int, sentence: Range<Int>) -> Bool {
        let clause = (end..<min(sentence.upperBound, end + 10)).prefix { ![",", ";", ".", "and", "but", "which", "that", "when"].contains(document.word($0)) }
        for position in clause {
            if ["next", "tomorrow"].contains(document.word(position)) { return true }
            guard let month = DateWords.month(tokens[position]), let published = document.publishedOn, published.count == 10,
                  let year = Int(published.prefix(4)), let publishedMonth = Int(published.dropFirst(5).prefix(2)), let publishedDay = Int(published.suffix(2)) else { continue }
            let numbers = [position - 1, position + 1, position + 2, position + 3].filter { clause.contains($0) && tokens[$0].kind == .number }.compactMap { Int(tokens[$0].text) }
            if let stated = numbers.first(where: { $0 > 1900 }) { return (stated, month) > (year, publishedMonth) }
            let ahead = (month - publishedMonth + 12) % 12
            if ahead == 0, let day = numbers.first(where: { $0 <= 31 }) { return day > publishedDay }
            return (1...6).contains(ahead)
        }
        return false
    }

    /// Whether a time still to come is named around the present of a step: after it (`namesAFutureTime`, or a coming span,
    /// "joins within two years", "becomes a member by the end of the year") or between the clause's start and the step
    /// ("Belarus in a year becomes a full member", "Within months, Uzbekistan joins"). A wire story that schedules a step
    /// in the present tense reports a plan, whichever side of the verb the time stands on.
    func placesAheadInTime(at: Int, end: Int, sentence: Range<Int>) -> Bool {
        if namesAFutureTime(after: end, sentence: sentence) { return true }
        let stops: Set<String> = [",", ";", ".", "and", "but", "which", "that", "when"]
        let after = (end..<min(sentence.upperBound, end + 12)).prefix { !stops.contains(document.word($0)) }
        if let first = after.first, namesAComingSpan(in: first..<(after.last! + 1)) { return true }
        var start = at
        while start > max(sentence.lowerBound, at - 10), ![";", ".", ":", "that", "said", "says"].contains(document.word(start - 1)) { start -= 1 }
        return namesAComingSpan(in: start..<at)
    }

    /// The units of a span of time counted from now ("in two years", "within months").
    static let spanUnits: Set<String> = ["year", "years", "month", "months", "week", "weeks", "days", "decade"]
    /// Words that may stand between "in" or "within" and the unit ("in a couple of years", "within the next few months").
    static let spanCounts: Set<String> = ["a", "an", "the", "few", "several", "couple", "of", "coming", "next", "and", "half", "one"]
    /// Words after a unit that make the span one of the past or of a description ("in a year of", "within a year after its
    /// founding", "two years ago"), no time still to come.
    static let spanQualifiers: Set<String> = ["of", "ago", "after", "since", "before", "earlier", "that", "when", "which", "in"]

    /// Whether `range` names a time still to come that no calendar date is needed for: a span counted from now ("in a year",
    /// "within two years", "in the coming months"), the end of a period ("by the end of the year", "towards the end of
    /// 2025"), "later this year", "soon", "in the near future", or a year after the article's ("by 2026", "in 2026").
    func namesAComingSpan(in range: Range<Int>) -> Bool {
        let published = document.publishedOn.flatMap { Int($0.prefix(4)) }
        for position in range {
            let word = document.word(position)
            if ["soon", "shortly"].contains(word) || word == "near" && document.word(position + 1) == "future"
                || word == "later" && ["this", "in"].contains(document.word(position + 1)) { return true }
            if ["by", "toward", "towards", "before"].contains(word), document.word(position + 1) == "the", document.word(position + 2) == "end",
               document.word(position + 3) == "of" {
                // "by the end of 1999" in a later article is a past deadline, no time to come.
                let year = tokens.indices.contains(position + 4) && tokens[position + 4].kind == .number ? Int(tokens[position + 4].text) : nil
                if let year, let published, year <= published { continue }
                return true
            }
            guard ["in", "within", "by"].contains(word) else { continue }
            if let published, tokens.indices.contains(position + 1), tokens[position + 1].kind == .number,
               let year = Int(tokens[position + 1].text), year > 1900, year > published { return true }
            guard word != "by" else { continue }
            var cursor = position + 1
            while cursor < min(range.upperBound, position + 5), Self.spanCounts.contains(document.word(cursor))
                    || NumberWords.read(tokens, at: cursor).map({ !$0.ordinal && $0.value < 100 }) == true { cursor += 1 }
            if Self.spanUnits.contains(document.word(cursor)), !Self.spanQualifiers.contains(document.word(cursor + 1)) { return true }
        }
        return false
    }

    /// Words before "today" or a date that make it the day a step takes effect from ("from today", "as of today", "starting
    /// today", "effective today", "with effect from 1 January").
    static let effectiveFromWords: Set<String> = ["from", "of", "starting", "beginning", "effective"]

    /// Whether the step at `at` is in the future ("will", "shall", "'ll", over adverbs and a passive "be") and the clause after
    /// `end` places it on the article's own day: "from today", "as of today", "starting today", "effective today", "from this
    /// day", or a date that is the article's date ("will join from 1 January 2024" in an article of that day). An outlet that
    /// announces a step for the day it reports on reports the step in effect ("5 countries will join from today": joined), as
    /// "joins today" is. Not an intent, a wish or a possibility ("intends to join from today", "could join as of today"), nor
    /// a day still ahead ("from tomorrow", "from next year").
    func isFutureOnTheArticlesDay(at: Int, end: Int, sentence: Range<Int>) -> Bool {
        var lead = at - 1
        while lead > sentence.lowerBound, isAdverb(lead) || document.word(lead) == "be" { lead -= 1 }
        guard ["will", "shall", "'ll"].contains(document.word(lead)) else { return false }
        let clause = (end..<min(sentence.upperBound, end + 10)).prefix { ![";", ".", "and", "but", "which", "that", "when", "if", "unless"].contains(document.word($0)) }
        for position in clause where Self.effectiveFromWords.contains(document.word(position)) {
            if document.word(position) == "of", document.word(position - 1) != "as" { continue }
            let next = position + 1
            if document.word(next) == "today" || document.word(next) == "this" && document.word(next + 1) == "day" { return true }
            guard let published = document.publishedOn, published.count == 10,
                  let month = (next..<min(sentence.upperBound, next + 2)).first(where: { DateWords.month(tokens[$0]) != nil }) else { continue }
            let numbers = [month - 1, month + 1, month + 2, month + 3].filter { $0 >= next && $0 < sentence.upperBound && tokens[$0].kind == .number }.compactMap { Int(tokens[$0].text) }
            guard let day = numbers.first(where: { $0 <= 31 }), let year = numbers.first(where: { $0 > 1900 }) else { continue }
            if published == String(format: "%04d-%02d-%02d", year, DateWords.month(tokens[month])!, day) { return true }
        }
        return false
    }

    /// Words that place an occasion ahead of the article ("the upcoming summit", "its next session").
    static let comingWords: Set<String> = ["upcoming", "forthcoming", "coming", "next"]
    /// Occasions at which a step is taken ("at the summit", "during the session of the council").
    static let occasionNouns: Set<String> = ["summit", "summits", "session", "meeting", "congress", "conference", "sitting", "gathering", "council"]

    /// Whether the clause after `end` places the step at an occasion still to come: "at the upcoming CIS summit", "during
    /// its next session", "at the forthcoming meeting of the council". Only "at" or "during" with a coming word before an
    /// occasion noun within five words; the clause ends at a comma, so "joined in 1993, and the next summit" is not read.
    func isPlacedAtAComingOccasion(after end: Int, sentence: Range<Int>) -> Bool {
        let clause = (end..<min(sentence.upperBound, end + 12)).prefix { ![",", ";", ".", ":", "and", "but", "which", "that", "when", "while"].contains(document.word($0)) }
        for position in clause where ["at", "during"].contains(document.word(position)) {
            let object = (position + 1)..<min(clause.upperBound, position + 6)
            guard let coming = object.first(where: { Self.comingWords.contains(document.word($0)) }) else { continue }
            if object.contains(where: { $0 > coming && Self.occasionNouns.contains(document.word($0)) }) { return true }
        }
        return false
    }

    /// Whether the "and" at `index` joins a base form to an infinitive or a modal earlier in its clause ("intends to complete
    /// the talks and join", "will sign the protocol and leave"), with no other clause between.
    func sharesInfinitive(and index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor >= max(sentence.lowerBound, index - 10) {
            let word = document.word(cursor)
            if [",", ";", "but", "which", "who", "that", "while", "and"].contains(word) { return false }
            if Self.prospectWords.contains(word), tokens[cursor].text != "May", cursor + 1 < index, tokens[cursor + 1].kind == .word, !tokens[cursor + 1].isCapitalized,
               document.entity(at: cursor + 1) == nil { return true }
            cursor -= 1
        }
        return false
    }

    /// Auxiliaries that open a second predicate after "and" ("and will leave", "and has since withdrawn").
    static let coordinatedPredicateLeads: Set<String> = ["will", "would", "shall", "is", "are", "was", "were", "has", "have", "had", "then", "later", "intends", "plans",
                                                             // "refused to sign the protocol and thereby withdrew from it": the consequence is stated.
                                                             "thereby", "thus", "hence",
                                                             "said", "says", "announced", "announces", "stated", "added", "confirmed", "warned"]

    /// Attitudes that, in the conditional ("would welcome", "could support"), suppose the event they govern.
    static let conditionalAttitudes: Set<String> = ["welcome", "support", "favour", "favor", "back", "endorse", "applaud", "appreciate", "like", "accept", "respect"]
    /// Verbs of causing that, in the conditional ("would force Armenia to leave", "could push Belarus to quit"), suppose the
    /// event they would cause.
    static let conditionalCauses: Set<String> = ["force", "push", "compel", "drive", "lead", "prompt", "make", "cause", "oblige"]

    /// Words that negate, deny or suppose the event of their clause.
    static let negators: Set<String> = ["not", "never", "n't", "no", "neither", "nor", "refused", "refuses", "refuse", "declined", "declines",
                                        "rejected", "rejects", "reject", "denied", "denies", "deny", "dismissed", "dismisses", "ruled", "rules",
                                        // "has so far refrained from seeking full membership", "abstained from joining".
                                        "refrained", "refrains", "refrain", "refraining", "abstained", "abstains", "abstain", "avoided", "avoids", "avoid",
                                        "if", "unless", "whether", "hypothetical", "hypothetically", "rumours", "rumors", "speculation", "against",
                                        // "Moscow opposed Georgia's accession", "objected to Armenia's joining": a step opposed is not reported.
                                        "opposed", "opposes", "oppose", "opposing", "objected", "objects", "resisted", "resists", "resist"]

    /// Whether the nominalised step at `at` is the last item of a list whose first item a word of opposition or negation
    /// governs, the items after commas led by gerunds ("spoke against severing relations with Russia, withdrawing the
    /// ambassador from Moscow and Georgia's withdrawal from the CIS", "rejected leaving the union, freezing its membership or
    /// Armenia's exit from the bloc"): the negation reaches every item of its list.
    func isOpposedInAList(at: Int, sentence: Range<Int>) -> Bool {
        var cursor = at - 1
        // The step's own owner: "Georgia's", "its", "the".
        while cursor > sentence.lowerBound, cursor >= at - 5, !["and", "or", ",", "nor"].contains(document.word(cursor)) {
            guard document.spanAt[cursor] != nil || ["'s", "its", "their", "the", "his", "her"].contains(document.word(cursor)) else { return false }
            cursor -= 1
        }
        guard ["and", "or", "nor"].contains(document.word(cursor)) else { return false }
        var items = 0
        cursor -= 1
        while cursor > sentence.lowerBound, cursor >= at - 40 {
            let word = document.word(cursor)
            if [";", ":", ".", "but", "which", "who", "that", "while", "although"].contains(word) { return false }
            if word == "," {
                // Every earlier item opens with a gerund ("..., withdrawing the ambassador").
                let next = document.word(cursor + 1)
                guard next.hasSuffix("ing"), tokens[cursor + 1].isLowercase else { return false }
                items += 1
            } else if Self.negators.contains(word), document.word(cursor + 1).hasSuffix("ing") || items > 0 && ["the", "a", "an"].contains(document.word(cursor + 1)) {
                return items > 0
            }
            cursor -= 1
        }
        return false
    }

    /// Nouns of concern after "no" that deny an appraisal of the step, not the step ("no reason to fear the admission of ...").
    static let deniedAppraisals: Set<String> = ["reason", "reasons", "grounds", "cause", "threat", "threats", "danger", "dangers", "risk", "risks",
                                                "doubt", "doubts", "concern", "concerns", "worry", "worries", "harm", "problem", "problems"]

    /// Whether the clause leading to the verb at `index` negates or supposes it. The clause runs back to a comma, a
    /// semicolon, "but" or a relative pronoun; a "that" clause stays in the scope of the verb governing it ("denied that").
    /// `pastTense` says the verb's form is past and not its base ("left", "withdrew").
    func isNegatedOrHypothetical(_ index: Int, sentence: Range<Int>, pastTense: Bool = false) -> Bool {
        // "refused to sign the protocol and left the treaty": a past form right after "and" cannot share the infinitive, so a
        // refusal of that infinitive does not reach it.
        let coordinatedPast = pastTense && document.word(index - 1) == "and"
        var cursor = index - 1
        while cursor >= sentence.lowerBound {
            let word = document.word(cursor)
            // "Uzbekistan is not present: it suspended its membership in 2012": a colon opens a clause of its own.
            if [",", ";", ":", "but", "which", "who", "while", "whereas", "although", "(", "after", "since", "before", "when"].contains(word) { break }
            // "refused to sign it and will drop out of the pact": a second predicate, coordinated by "and" and led by an
            // auxiliary, is outside the first one's negation.
            if word == "and", Self.coordinatedPredicateLeads.contains(document.word(cursor + 1)) { break }
            // "Were Ukraine ever to leave the CIS, ...", "Should Kyrgyzstan quit the union", "Had Georgia joined earlier": an
            // auxiliary before its subject at the head of a clause is a condition, as "if" is.
            if ["were", "should", "had"].contains(word), cursor == sentence.lowerBound || tokens[cursor - 1].kind != .word,
               cursor + 1 < sentence.upperBound, tokens[cursor + 1].isCapitalized { return true }
            // "Moscow would welcome a decision by Dushanbe to join": a conditional attitude of another party supposes the event.
            // "The law would force Armenia to leave the CSTO": a conditional cause supposes it too.
            // ("would like to join" states a wish, the speaker's own intention.)
            if Self.conditionalAttitudes.contains(word) && !(word == "like" && document.word(cursor + 1) == "to") || Self.conditionalCauses.contains(word), ["would", "could", "might"].contains(document.word(cursor - 1)) || ["would", "could"].contains(document.word(cursor - 2)) && (Self.adverbs.contains(document.word(cursor - 1)) || document.word(cursor - 1).hasSuffix("ly")) { return true }
            // "Answering a question about possible accession", "asked about Tajikistan's joining": a question names the event,
            // it does not report it ("the question of accession" is the debate, a prospect).
            if ["question", "questions"].contains(word) && ["about", "on", "regarding", "concerning"].contains(document.word(cursor + 1))
                || word == "asked" && document.word(cursor + 1) == "about" { return true }
            if Self.negators.contains(word) {
                // "no longer" states the leaving; "ruled" only in "ruled out"; "not only".
                if word == "no", document.word(cursor + 1) == "longer" { cursor -= 1; continue }
                // "there were no reasons for Russia to be worried about the admission of their countries", "saw no threat in
                // Finland's accession": "no" denies the worry, not the step.
                if word == "no", Self.deniedAppraisals.contains(document.word(cursor + 1)) { cursor -= 1; continue }
                if ["ruled", "rules"].contains(word), document.word(cursor + 1) != "out" { cursor -= 1; continue }
                if word == "not", document.word(cursor + 1) == "only" { cursor -= 1; continue }
                // "did not sign the protocol and left the treaty": "did not" governs a base form, so a past form after "and" is
                // a predicate of its own ("has not signed and ratified it" shares its participle, and stays negated).
                if coordinatedPast, document.word(cursor + 1) == "to" || ["not", "n't"].contains(word) && ["did", "does", "do"].contains(document.word(cursor - 1)) {
                    cursor -= 1; continue
                }
                return true
            }
            cursor -= 1
        }
        return false
    }

    /// Whether a negated verb is delayed, not denied: "Uzbekistan did not join until January 2006", "was not admitted until
    /// 2001", "didn't become a member until after the war", "never joined until 1993": "not ... until" a time states the event
    /// at that time. Only "not", "n't" or "never" right before the verb (after its auxiliary); the time within the clause.
    func isDelayedUntil(at: Int, end: Int, sentence: Range<Int>) -> Bool {
        var lead = at - 1
        if ["be", "been"].contains(document.word(lead)) { lead -= 1 }
        guard ["not", "n't", "never"].contains(document.word(lead)) else { return false }
        var cursor = end
        while cursor < min(sentence.upperBound, end + 10), ![",", ";", ".", "but", "and"].contains(document.word(cursor)) {
            if ["until", "till"].contains(document.word(cursor)), cursor + 1 < sentence.upperBound {
                let next = cursor + 1
                return startsADate(next) || tokens[next].kind == .number || ["after", "the", "last", "this"].contains(document.word(next))
            }
            cursor += 1
        }
        return false
    }

    /// Whether a nominalised event is a consequence supposed ("the law would be the beginning of Armenia's exit", "could mean
    /// Georgia's withdrawal") or an appraisal by a speaker ("Moscow regarded the bill as the start of Yerevan's exit"): neither
    /// states the step, nor the country's plan.
    func isSupposedOrAppraised(_ index: Int, sentence: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor > sentence.lowerBound, cursor >= index - 14 {
            let word = document.word(cursor)
            if [",", ";", ":", "which", "who", "while", "but", "and", "that"].contains(word) { return false }
            if ["be", "mean", "signal", "spell", "amount"].contains(word), ["would", "could", "might", "may"].contains(document.word(cursor - 1)) { return true }
            // "would preclude Georgia's accession", "blocked Ukraine's accession", "an obstacle to Armenia's return": a step
            // obstructed is neither reported nor the country's plan.
            if Self.obstructing.contains(word) { return true }
            if word == "as", (max(sentence.lowerBound, cursor - 6)..<cursor).contains(where: { Self.appraising.contains(document.word($0)) }) { return true }
            // "Many view Uzbekistan's withdrawal from EurAsEC as a turn to the West", "Moscow saw Armenia's exit as a threat": the
            // step the object of a verb of appraising, its complement after "as" (no date between: "saw Georgia's exit in 2009
            // as a mistake" reports it).
            if Self.appraising.contains(word), cursor >= index - 3,
               let asWord = (index..<min(sentence.upperBound, index + 10)).first(where: { [",", ";", ".", "as"].contains(document.word($0)) }), document.word(asWord) == "as",
               !(index..<asWord).contains(where: { tokens[$0].kind == .number }) { return true }
            // "Peskov called the law \"the beginning of Armenia's exit\"": a verb of naming whose object comes first makes the
            // step its complement, an appraisal ("called for Armenia's exit" is a demand; "called Armenia's exit a mistake"
            // names the step itself).
            if Self.naming.contains(word), !["for", "on", "upon", "to", "off", "in"].contains(document.word(cursor + 1)),
               (cursor + 1..<index).contains(where: { ["the", "a", "an"].contains(document.word($0)) }) { return true }
            cursor -= 1
        }
        return false
    }

    /// Nouns of documents that may be about a state's accession.
    static let accessionDocuments: Set<String> = ["agreement", "agreements", "treaty", "treaties", "memorandum", "memorandums", "memoranda", "protocol",
                                                  "protocols", "documents", "document", "accord", "deal"]

    /// Whether the step at `at`, after its owner, is the topic of a document its clause says was signed in the passive, with
    /// no signer named ("an agreement was signed at the summit in Moscow about Kyrgyzstan's joining the union", "the protocol
    /// on Armenia's accession was signed", "documents were signed concerning the accession of Iran"). A signature by the
    /// acceding state itself is read elsewhere ("Armenia signed the treaty on its accession").
    func isTopicOfASignedDocument(at: Int, sentence: Range<Int>) -> Bool {
        var lead = at - 1
        if document.word(lead) == "'s" || document.word(lead) == "s" && document.word(lead - 1) == "'" {
            guard let owner = document.entity(at: document.word(lead) == "s" ? lead - 2 : lead - 1) else { return false }
            lead = owner.start - 1
        } else if ["its", "their", "the"].contains(document.word(lead)) { lead -= 1 }
        guard ["about", "on", "concerning", "regarding", "of"].contains(document.word(lead)) else { return false }
        let clauseStart = (sentence.lowerBound..<lead).last { [";", ":", "but", "which", "that"].contains(document.word($0)) }.map { $0 + 1 } ?? sentence.lowerBound
        let clause = clauseStart..<min(sentence.upperBound, at + 12)
        guard clause.contains(where: { Self.accessionDocuments.contains(document.word($0)) }) else { return false }
        return clause.contains { document.word($0) == "signed" && ["was", "were", "been"].contains(document.word($0 - 1)) && !["by"].contains(document.word($0 + 1)) }
    }

    /// Words that obstruct the step they govern ("complicates Armenia's return", "blocked Ukraine's accession", "an obstacle
    /// to Georgia's joining", "would preclude Georgia's accession").
    static let obstructing: Set<String> = ["complicate", "complicates", "complicated", "complicating", "hinder", "hinders", "hindered", "hindering",
                                           "hamper", "hampers", "hampered", "hampering", "impede", "impedes", "impeded", "impeding", "obstruct", "obstructs",
                                           "obstructed", "obstructing", "block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "preventing",
                                           "preclude", "precludes", "precluded", "precluding", "jeopardise", "jeopardize", "jeopardises", "jeopardizes",
                                           "jeopardised", "jeopardized", "endanger", "endangers", "endangered", "obstacle", "obstacles", "barrier", "barriers",
                                           "hurdle", "hurdles", "impediment", "impediments", "veto", "vetoed", "vetoes", "vetoing", "thwart", "thwarted", "thwarts"]
    /// Adjectives that, after "make" and a step, appraise its likelihood ("makes Armenia's return to the organization
    /// increasingly difficult, if not impossible", "made Georgia's accession unlikely").
    static let likelihoods: Set<String> = ["difficult", "impossible", "unlikely", "likely", "harder", "easier", "easy", "hard", "possible", "inevitable",
                                           "unrealistic", "realistic", "problematic", "complicated", "doubtful", "uncertain", "improbable", "unthinkable"]

    /// Whether the nominalised step from `at` to `end` is the object of "make" with an adjective of likelihood after it ("this
    /// makes Armenia's return to the organization increasingly difficult", "made Kyrgyzstan's accession possible"): the step
    /// is appraised, not reported.
    func isMadeLikelyOrNot(at: Int, end: Int, sentence: Range<Int>) -> Bool {
        var lead = at - 1
        if document.word(lead) == "'s", let owner = document.entity(at: lead - 1) { lead = owner.start - 1 }
        else if ["its", "their", "his", "her", "the"].contains(document.word(lead)) { lead -= 1 }
        guard ["make", "makes", "made", "making"].contains(document.word(lead)) else { return false }
        var cursor = end
        while cursor < min(sentence.upperBound, end + 10), ![",", ";", ".", ":"].contains(document.word(cursor)) {
            if Self.likelihoods.contains(document.word(cursor)) { return true }
            cursor += 1
        }
        return false
    }

    /// Present verbs that, after a nominalised step and its object, make the step their subject and appraise it ("Uzbekistan's
    /// withdrawal from EurAsEC does not mean a turn to the West", "Armenia's exit from the CSTO poses no risk", "Georgia's
    /// accession signals a shift"): the step considered, not reported.
    static let appraisingPredicates: Set<String> = ["means", "implies", "entails", "signifies", "signals", "poses", "presents", "represents", "threatens",
                                                    "requires", "contradicts", "worries", "concerns", "alarms", "matters", "depends", "changes", "affects"]
    static let appraisingBases: Set<String> = ["mean", "imply", "entail", "signify", "signal", "pose", "present", "represent", "threaten", "require",
                                               "contradict", "change", "affect", "matter", "depend"]

    /// Acts of the admitting side that an infinitive of admission may follow ("a decision to admit Iran", "a ceremony to
    /// admit Belarus"); a document or decision is the act once signed or adopted, a ceremony once held.
    static let admittingDocuments: Set<String> = ["decision", "decisions", "resolution", "resolutions", "documents", "document", "protocol", "memorandum"]
    static let admittingCeremonies: Set<String> = ["ceremony", "ceremonies"]
    /// Words after an act that place it ahead ("a ceremony to admit Belarus will take place on Thursday").
    static let schedulingWords: Set<String> = ["will", "shall", "would", "scheduled", "planned", "expected", "due", "set"]

    /// Whether the noun at `noun` is the admitting side's act, taken, that the infinitive of admission at `admission` states
    /// the purpose of: a decision or document signed, adopted or taken ("the leaders signed a decision to admit Iran", "the
    /// decision to admit Belarus was taken"), or a ceremony ("the summit began with a signing ceremony to admit Belarus"),
    /// with nothing in the clause placing it ahead ("are expected to sign a decision to admit", "a ceremony to admit Belarus
    /// will be held"). The act is the admission, as the decision itself is ("decided to admit").
    func isAdmittingAct(_ noun: Int, admission: Int, sentence: Range<Int>) -> Bool {
        let word = document.word(noun)
        guard Self.admittingDocuments.contains(word) || Self.admittingCeremonies.contains(word) else { return false }
        let clauseStart = (sentence.lowerBound..<noun).last { [",", ";", ":", "which", "that", "but"].contains(document.word($0)) }.map { $0 + 1 } ?? sentence.lowerBound
        let clauseEnd = (admission..<sentence.upperBound).first { [",", ";", ".", "but"].contains(document.word($0)) } ?? sentence.upperBound
        let before = clauseStart..<noun
        if before.contains(where: { Self.prospectWords.contains(document.word($0)) && tokens[$0].text != "May" || Self.schedulingWords.contains(document.word($0)) }) { return false }
        if (admission..<clauseEnd).contains(where: { Self.schedulingWords.contains(document.word($0)) }) { return false }
        if Self.admittingCeremonies.contains(word) { return true }
        // A document enacted: a verb of enacting before it ("signed a decision"), or after it in the passive ("was taken").
        let enactingVerbs = Self.enacting.union(["passed", "issued", "made"])
        return before.suffix(4).contains { enactingVerbs.contains(document.word($0)) }
            || (admission..<clauseEnd).contains { enactingVerbs.contains(document.word($0)) && ["was", "were", "been"].contains(document.word($0 - 1)) }
    }

    /// "a decision on the full membership of Belarus in the SCO has been made", "the documents on Iran's membership were
    /// signed", "adopted a resolution on Iran's membership": the admitting side's decision or documents on a state's
    /// membership, enacted (a verb of enacting before the noun, or its passive after the phrase), are its admission, as
    /// those on its accession are (a ruling of the conventions). The state must be named ("the country's membership" is
    /// left: the word's country is too often the dateline's). The index after the phrase and the country; nil when the
    /// clause places the act ahead ("will sign", "is expected to adopt", "is scheduled").
    func enactedMembershipDocument(at index: Int, sentence: Range<Int>) -> (end: Int, country: String)? {
        guard Self.admittingDocuments.contains(document.word(index)), ["on", "for", "of", "about"].contains(document.word(index + 1)) else { return nil }
        var cursor = index + 2
        if document.word(cursor) == "the" { cursor += 1 }
        var country: String?
        if let span = document.entity(at: cursor), let code = span.entity.country, document.word(span.end) == "'s" {
            country = code
            cursor = span.end + 1
        }
        while ["full", "-", "fledged"].contains(document.word(cursor)), cursor < index + 8 { cursor += 1 }
        guard document.word(cursor) == "membership", cursor < sentence.upperBound else { return nil }
        cursor += 1
        if country == nil, document.word(cursor) == "of" {
            let lead = document.word(cursor + 1) == "the" ? cursor + 2 : cursor + 1
            if let span = document.entity(at: lead), let code = span.entity.country { country = code; cursor = span.end }
        }
        guard let country else { return nil }
        // "on the membership of Ukraine in the CIS statutory bodies": membership of a part is not of the organisation.
        if let object = document.entities(in: cursor..<min(sentence.upperBound, cursor + 4)).first(where: { if case .organisation = $0.entity { true } else { false } }),
           modifiesAHeadNoun(object.end, sentence: sentence) { return nil }
        let clauseStart = (sentence.lowerBound..<index).last { [",", ";", ":", "which", "that", "but", "\"", "“"].contains(document.word($0)) }.map { $0 + 1 } ?? sentence.lowerBound
        let clauseEnd = (cursor..<sentence.upperBound).first { [",", ";", ".", "but", "\"", "”"].contains(document.word($0)) } ?? sentence.upperBound
        let before = clauseStart..<index
        if before.contains(where: { Self.prospectWords.contains(document.word($0)) && tokens[$0].text != "May" || Self.schedulingWords.contains(document.word($0)) })
            || (cursor..<clauseEnd).contains(where: { Self.schedulingWords.contains(document.word($0)) }) { return nil }
        let enactingVerbs = Self.enacting.union(["passed", "issued", "made"])
        let enacted = before.suffix(5).contains { enactingVerbs.contains(document.word($0)) }
            || (cursor..<clauseEnd).contains { enactingVerbs.contains(document.word($0)) && ["was", "were", "been"].contains(document.word($0 - 1)) }
        return enacted ? (cursor, country) : nil
    }

    /// Whether a nominalised step is the subject of a predicate that supposes or appraises it: a present verb of meaning or
    /// effect (`appraisingPredicates`: "Uzbekistan's withdrawal from EurAsEC does not mean ..."), a modal of possibility ("Armenia's
    /// withdrawal from the CSTO could weaken the bloc", "its exit might take years"), or "would" with a predicate other than
    /// its coming about ("even Armenia's withdrawal from the CSTO would not trigger the clause", "Georgia's exit would be a
    /// blow"). A reported future of the step itself stays its plan ("Moldova's withdrawal would take effect in a year", "would
    /// be completed by May"). Only the noun's own object may stand between it and the modal.
    func isSupposedByItsPredicate(after end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        if document.word(cursor) == "the" { cursor += 1 }
        if let span = document.entity(at: cursor), case .organisation = span.entity { cursor = span.end }
        else if Coreference.organisationNouns.subtracting(["which"]).contains(document.word(cursor)) { cursor += 1 }
        // "from the Eurasian Economic Community (EurAsEC) does not mean": over the abbreviation in brackets.
        if document.word(cursor) == "(", let close = (cursor..<min(sentence.upperBound, cursor + 5)).first(where: { document.word($0) == ")" }) { cursor = close + 1 }
        if Self.appraisingPredicates.contains(document.word(cursor)) { return true }
        if ["does", "do"].contains(document.word(cursor)), ["not", "n't"].contains(document.word(cursor + 1)), Self.appraisingBases.contains(document.word(cursor + 2)) { return true }
        let modal = document.word(cursor)
        guard ["would", "could", "might", "may"].contains(modal), tokens[cursor].text != "May" else { return false }
        if modal != "would" { return true }
        cursor += 1
        while ["not", "n't", "also", "only", "then", "still"].contains(document.word(cursor)) { cursor += 1 }
        let verb = document.word(cursor)
        if ["take", "come", "enter", "happen", "occur", "proceed", "begin", "start", "go"].contains(verb) { return false }
        if verb == "be" { return !["completed", "finalised", "finalized", "formalised", "formalized", "effective", "official", "final"].contains(document.word(cursor + 1)) }
        return true
    }

    /// Verbs that, right after a gerund's object, make the gerund phrase their subject ("Ukraine joining the bloc presents no
    /// risk", "joining the global trade body has remained a distant prospect", "Georgia leaving the CIS means little").
    static let gerundSubjectPredicates: Set<String> = ["poses", "posed", "pose", "presents", "presented", "present", "means", "meant", "mean",
                                                       "threatens", "threatened", "represents", "represented", "creates", "created", "remained",
                                                       "requires", "required", "depends", "depended", "changes", "changed", "contradicts", "contradicted",
                                                       "worries", "worried", "concerns", "concerned", "alarms", "alarmed", "matters"]

    /// Whether the gerund at `at` opens its clause (after the sentence's start, "that", a comma or a colon, with no
    /// possessive before it, or with its countries as its own subject: "said Ukraine and Moldova joining the bloc presented no
    /// risks") and its object is followed by a copula that describes it ("leaving the CIS is impractical", "joining NATO would
    /// be a mistake", "that quitting the bloc was never an option") or by another verb whose subject the gerund phrase is
    /// ("joining the global trade body has remained a distant prospect", "Finland joining the alliance poses a threat"): the
    /// step considered as such, reported as done by no one. A participle after the copula reports the step done ("joining the
    /// union was completed") and is left alone.
    func isAppraisedGerund(at: Int, end: Int, sentence: Range<Int>) -> Bool {
        var lead = at - 1
        if lead >= sentence.lowerBound, document.entity(at: lead)?.entity.country != nil {
            // The countries right before the gerund, its subject, after a verb of saying or a clause opening.
            var start = document.entity(at: lead)!.start
            while start - 1 > sentence.lowerBound, [",", "and"].contains(document.word(start - 1)), let previous = document.entity(at: start - 2), previous.entity.country != nil {
                start = previous.start
            }
            if start - 1 >= sentence.lowerBound, document.word(start - 1) == "the" { start -= 1 }
            lead = start - 1
        }
        guard lead < sentence.lowerBound || ["that", ",", ":", "said", "says", "believes", "thinks"].contains(document.word(lead)) else { return false }
        var cursor = end
        if document.word(cursor) == "the" { cursor += 1 }
        // "the 27-nation bloc", "the global trade body": the organisation noun after its modifiers.
        if document.entity(at: cursor) == nil,
           let noun = (cursor..<min(sentence.upperBound, cursor + 5)).first(where: { Coreference.organisationNouns.subtracting(["which", "it"]).union(["body"]).contains(document.word($0)) }),
           (cursor..<noun).allSatisfy({ tokens[$0].isLowercase || tokens[$0].kind == .number || document.word($0) == "-" }) { cursor = noun }
        if let span = document.entity(at: cursor), case .organisation = span.entity { cursor = span.end }
        else if Coreference.organisationNouns.subtracting(["which", "it"]).union(["body"]).contains(document.word(cursor)) { cursor += 1 } else { return false }
        if document.word(cursor) == "(", let close = (cursor..<min(sentence.upperBound, cursor + 5)).first(where: { document.word($0) == ")" }) { cursor = close + 1 }
        if Self.gerundSubjectPredicates.contains(document.word(cursor))
            || ["has", "have", "had"].contains(document.word(cursor)) && ["remained", "been", "proved", "proven", "become"].contains(document.word(cursor + 1)) { return true }
        if ["would", "will", "could", "might", "may"].contains(document.word(cursor)) {
            cursor += 1
            while ["not", "n't", "also", "only", "never"].contains(document.word(cursor)) { cursor += 1 }
            guard document.word(cursor) == "be" else { return false }
        } else if !["is", "was", "are", "were", "remains", "seems", "appears"].contains(document.word(cursor)) {
            return false
        }
        cursor += 1
        while ["not", "n't", "also", "never", "still"].contains(document.word(cursor)) { cursor += 1 }
        let described = document.word(cursor)
        return !(described.hasSuffix("ed") || ["done", "over", "underway", "begun", "taken"].contains(described))
    }

    /// Words before "to" that put its infinitive ahead ("is expected to sign", "are due to adopt", "is to sign").
    static let expectingBeforeTo: Set<String> = ["expected", "due", "set", "going", "scheduled", "planned", "plans", "plan", "planning",
                                                 "intends", "intend", "intended", "ready", "is", "are", "hopes", "hope", "likely", "poised"]

    /// Conjunctions that open a clause of time ("when Georgia becomes a member", "once it joins").
    static let temporalConjunctions: Set<String> = ["when", "whenever", "once", "until", "till", "before", "after"]

    /// Whether the verb at `at`, in the present ("becomes", "joins") or the present perfect ("has joined"), heads a clause of
    /// time: "the alliance will be safer when Georgia becomes a member", "once Ukraine joins the EU, trade will grow", "until
    /// Moldova has left the CIS", "as soon as Armenia joins": a time still to come that the sentence supposes, neither an
    /// event nor the country's plan. A past form ("when Georgia joined in 1999") reports the event and is left alone.
    func isInAClauseOfTimeAhead(_ phrase: Phrase, at: Int, sentence: Range<Int>) -> Bool {
        guard phrase.form == .finite || phrase.form == .fixed else { return false }
        var cursor = at - 1
        while cursor > sentence.lowerBound, Self.adverbs.contains(document.word(cursor)) || document.word(cursor).hasSuffix("ly") && document.spanAt[cursor] == nil { cursor -= 1 }
        let present = Self.presentForms.contains(phrase.words[0]) || phrase.words[0] == "becomes"
        let perfect = ["has", "have"].contains(document.word(cursor)) && phrase.words[0] != phrase.lemma
        guard present || perfect else { return false }
        if perfect { cursor -= 1 }
        // Back over the subject: a name, a pronoun, "the country", a possessive.
        while cursor >= sentence.lowerBound, cursor >= at - 9 {
            let word = document.word(cursor)
            if Self.temporalConjunctions.contains(word) || word == "as" && document.word(cursor - 1) == "soon" && document.word(cursor - 2) == "as" { return true }
            if document.spanAt[cursor] == nil, tokens[cursor].kind != .word || ["and", "but", "which", "who", "that", "while", "whereas", "as", "if"].contains(word)
                || Self.presentForms.contains(word) || ["is", "are", "was", "were", "will", "would", "has", "have", "had", "said", "says"].contains(word) { return false }
            cursor -= 1
        }
        return false
    }

    /// Whether the noun or gerund at `at` is what a decision still to be taken is on: "the decision on the country's accession
    /// to the EU should be made by a referendum", "a decision on joining will be taken next year", "the decision on Moldova's
    /// exit has yet to be made". The step is open, neither done nor planned; a decision signed, adopted or taken is the act
    /// (`isPlanned`). The decision's predicate is read after the step and its object, up to the clause's end.
    func isDecisionStillAhead(at: Int, end: Int, sentence: Range<Int>) -> Bool {
        guard case let (noun, position?) = accessionDocument(before: at, sentence: sentence), ["decision", "decisions"].contains(noun),
              document.word(position + 1) == "on" || document.word(position + 1) == "about" else { return false }
        // "A possible decision on Tajikistan's accession is considered": a decision called possible is not taken.
        if Self.supposingAdjectives.contains(document.word(position - 1)) { return true }
        let predicate = (end..<min(sentence.upperBound, end + 14)).prefix { ![",", ";", ":", "which", "that", "and", "but", "(", "\""].contains(document.word($0)) }
        return predicate.contains { position in
            let word = document.word(position)
            // ("can only be made through a referendum": a modal of possibility too.)
            return ["should", "must", "will", "would", "shall", "ought", "yet", "can", "could", "might"].contains(word) || word == "may" && tokens[position].text != "May"
                || ["is", "are", "has", "have", "needs", "need"].contains(word) && document.word(position + 1) == "to" && document.word(position + 2) == "be"
        }
    }

    /// Verbs of perceiving whose object does what a base form after it says ("saw India and Pakistan join"), past and not.
    static let perceivingPast: Set<String> = ["saw", "watched", "witnessed"]
    static let perceiving: Set<String> = perceivingPast.union(["see", "sees", "seeing", "watch", "watches", "witness", "witnesses"])

    /// The verb of perceiving before the countries that act at `at` ("saw India and Pakistan join", "will see Uzbekistan
    /// join"), with only the countries' names, "and", commas and articles between; nil without one.
    func perceivingVerb(before at: Int, sentence: Range<Int>) -> Int? {
        var cursor = at - 1
        var named = false
        while cursor > sentence.lowerBound {
            if let span = document.spanAt[cursor], document.spans[span].entity.country != nil { named = true; cursor = document.spans[span].start - 1; continue }
            guard ["and", ",", "the", "both"].contains(document.word(cursor)) else { break }
            cursor -= 1
        }
        return named && Self.perceiving.contains(document.word(cursor)) ? cursor : nil
    }

    /// Nouns that name the motive or cause of a step ("reasons for", "motives behind").
    static let motiveNouns: Set<String> = ["reason", "reasons", "motive", "motives", "motivation", "motivations", "rationale", "grounds",
                                           "justification", "justifications", "explanation", "explanations", "cause", "causes"]

    /// Whether the noun or gerund at `at` is what a motive is of: "Uzbekistan's reasons for dropping out of the treaty",
    /// "the motives behind Baku's withdrawal", "explained the rationale for quitting the bloc", "the grounds for its exit".
    /// The motive refers to a step the article reports elsewhere, in its own mood (often only announced); the phrase itself
    /// states neither the step done nor a plan. A step with its own date ("reasons for exiting the group in 2012") is a past
    /// step reported, and stays.
    func isMotiveOf(at: Int, sentence: Range<Int>) -> Bool {
        var cursor = at - 1
        // Back over the step's own owner: "Georgia's", "its", "the".
        while cursor > sentence.lowerBound, cursor >= at - 5, document.spanAt[cursor] != nil || ["'s", "its", "their", "the", "his", "her"].contains(document.word(cursor)) {
            cursor -= 1
        }
        guard ["for", "behind"].contains(document.word(cursor)), Self.motiveNouns.contains(document.word(cursor - 1)) else { return false }
        // "explained Uzbekistan's reasons for exiting the group in 2012": a step with its own date is reported as past.
        let clause = (at + 1..<min(sentence.upperBound, at + 12)).prefix { ![",", ";", ":", "."].contains(document.word($0)) }
        return !clause.contains { startsADate($0) || tokens[$0].kind == .number }
    }

    /// Verbs that put a draft before a parliament without deciding on it.
    static let proposingDrafts: Set<String> = ["registered", "registers", "submitted", "submits", "introduced", "introduces", "tabled", "tables",
                                               "filed", "files", "drafted", "drafts", "proposed", "proposes", "prepared", "prepares"]

    /// Whether the noun or gerund at `at` is the subject of a draft or bill that its sentence only reports put forward
    /// ("registered a draft resolution on the withdrawal of Moldova", "submitted a bill on leaving the CIS") and never
    /// voted, passed or adopted: a proposal, no decision of the country's (a vote that approves it, even in a first
    /// reading, is one).
    func isOnlyProposed(at: Int, sentence: Range<Int>) -> Bool {
        guard let draft = (max(sentence.lowerBound, at - 7)..<at).last(where: { ["draft", "bill"].contains(document.word($0)) }),
              (draft + 1..<at).contains(where: { ["on", "for", "about", "concerning"].contains(document.word($0)) }),
              // "registered in the local parliament a draft resolution": the verb's adjuncts may stand before its object.
              (max(sentence.lowerBound, draft - 9)..<draft).reversed().prefix(while: { ![",", ";", ":"].contains(document.word($0)) })
                .contains(where: { Self.proposingDrafts.contains(document.word($0)) }) else { return false }
        return !sentence.contains { position in
            let word = document.word(position)
            return ["passed", "adopted", "approved", "voted", "votes", "vote", "reading", "backed", "supported", "signed"].contains(word)
        }
    }

    /// Whether the words after a term not extended ("declined to extend", "decided not to renew") name a membership: an
    /// organisation or a treaty, a word referring to one ("it", "the pact"), or the part in one ("its participation",
    /// "their membership", "the partnership" in it).
    func extendsAMembership(after end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        // "declined to extend the 1992 Collective Security Treaty": a determiner, and a year before the name.
        while cursor < min(sentence.upperBound, end + 3), ["the", "its", "their"].contains(document.word(cursor)) || tokens[cursor].kind == .number { cursor += 1 }
        if let span = document.entity(at: cursor), case .organisation = span.entity { return true }
        return Coreference.organisationNouns.subtracting(["which"]).union(["participation", "membership", "partnership"]).contains(document.word(cursor))
    }

    /// Verbs that name a thing as a speaker sees it, without "as" ("called the law the beginning of its exit").
    static let naming: Set<String> = ["called", "calls", "call", "calling", "termed", "terms", "dubbed", "labelled", "labeled"]

    /// Verbs that take "as" for how a speaker sees a thing ("regarded the bill as").
    static let appraising: Set<String> = ["regarded", "regards", "regard", "viewed", "views", "view", "saw", "sees", "see", "described", "describes", "describe",
                                          "characterized", "characterised", "interpreted", "interprets", "perceived", "perceives"]

    /// Whether a condition follows the verb in its clause: "would like Moldova to join the union if his party wins", "will
    /// leave the CSTO unless ...", "could quit provided that ...". The clause ends at a comma, a semicolon or a conjunction.
    func isConditionedAfter(_ end: Int, sentence: Range<Int>) -> Bool {
        var cursor = end
        while cursor < sentence.upperBound {
            let word = document.word(cursor)
            if [",", ";", ":", ".", "but", "and", "which", "who", "while", "when", "after", "before", "since", "because", "as"].contains(word) { return false }
            if ["if", "unless"].contains(word) || ["provided", "providing"].contains(word) && document.word(cursor + 1) == "that" { return true }
            cursor += 1
        }
        return false
    }

    /// Organs of a state that approve its own steps ("approved by the country's government", "by the parliament").
    static let ownOrgans: Set<String> = ["government", "parliament", "cabinet", "legislature", "lawmakers", "deputies", "mps"]

    /// Whether the document before `end` is approved or adopted by a state's own government or parliament ("was approved by
    /// the country's government, and ... by the parliament").
    func approvedByItsOwnOrgans(after end: Int, sentence: Range<Int>) -> Bool {
        guard let by = (end..<min(sentence.upperBound, end + 14)).first(where: { document.word($0) == "by" }),
              (max(end, by - 3)..<by).contains(where: { ["approved", "adopted", "passed", "endorsed"].contains(document.word($0)) }) else { return false }
        var cursor = by + 1
        while cursor < min(sentence.upperBound, by + 6), ["the", "its", "country", "republic", "'s", "'", "national"].contains(document.word(cursor)) || document.entity(at: cursor)?.entity.country != nil {
            cursor = document.entity(at: cursor)?.end ?? cursor + 1
        }
        return Self.ownOrgans.contains(document.word(cursor))
    }

    /// Base forms of completing a step ("to complete accession", "will finalise its withdrawal").
    static let completingBase: Set<String> = ["complete", "finalise", "finalize", "conclude", "finish", "formalise", "formalize"]

    /// Nouns of the process a step is completed by, between a verb of completing and the step: "to complete the legal
    /// formalization of Kyrgyzstan's accession", "will finalise the procedures for its withdrawal".
    static let completionProcessNouns: Set<String> = processNouns.union(["formalization", "formalisation", "formalities", "registration"])

    /// Whether the noun at `at` is the object of a base form of `completingBase` after "to" or any modal, its determiners and
    /// owner between ("is to complete accession", "will finalise Armenia's withdrawal", "must complete its withdrawal by
    /// May"), also through the process that completes it ("which will allow us to complete the legal formalization of
    /// Kyrgyzstan's accession"), not after a ranking. A modal's mood reaches the step whatever its force: completing it is
    /// still ahead.
    func isCompletionAhead(before at: Int, sentence: Range<Int>) -> Bool {
        let determiners: Set<String> = ["the", "its", "their", "his", "her", "a", "an", "'s", "'", "full", "formal", "final", "legal", "all"]
        var verb = at - 1
        while verb > sentence.lowerBound {
            if determiners.contains(document.word(verb)) || document.spanAt[verb] != nil {
                verb = document.spanAt[verb].map { document.spans[$0].start - 1 } ?? verb - 1
            } else if ["of", "for"].contains(document.word(verb)), Self.completionProcessNouns.contains(document.word(verb - 1)) {
                verb -= 2
            } else { break }
        }
        guard verb > sentence.lowerBound, Self.completingBase.contains(document.word(verb)) else { return false }
        var lead = verb - 1
        while lead > sentence.lowerBound, Self.adverbs.contains(document.word(lead)) { lead -= 1 }
        guard Self.prospectWords.contains(document.word(lead)) || document.word(lead) == "should", tokens[lead].text != "May" else { return false }
        return document.word(lead) != "to" || ranking(before: verb, sentence: sentence) == nil
    }

    /// Whether the event at `at` is the object of "closer to" or "nearer to" ("one step closer to becoming a full member",
    /// "closer to joining", "nearer to its accession"), over a form of "become" and an owner.
    func isApproached(_ at: Int, sentence: Range<Int>) -> Bool {
        var lead = at - 1
        if lead > sentence.lowerBound, Self.becomeForms.contains(document.word(lead)), document.word(lead).hasSuffix("ing") { lead -= 1 }
        while lead > sentence.lowerBound, document.spanAt[lead] != nil || ["'s", "'", "its", "their", "the"].contains(document.word(lead)) {
            lead = document.spanAt[lead].map { document.spans[$0].start - 1 } ?? lead - 1
        }
        return lead > sentence.lowerBound && document.word(lead) == "to" && ["closer", "nearer"].contains(document.word(lead - 1))
    }

    /// Whether the decision at `decision` is enacted in the passive right after it ("a decision was adopted on", "the decision
    /// has been taken").
    func isEnactedInThePassive(decision: Int, sentence: Range<Int>) -> Bool {
        var cursor = decision + 1
        guard ["was", "were", "has", "have", "had"].contains(document.word(cursor)) else { return false }
        cursor += 1
        if document.word(cursor) == "been" { cursor += 1 }
        while cursor < sentence.upperBound, Self.adverbs.contains(document.word(cursor)) { cursor += 1 }
        return ["adopted", "taken", "made", "signed", "approved"].contains(document.word(cursor))
    }
}
