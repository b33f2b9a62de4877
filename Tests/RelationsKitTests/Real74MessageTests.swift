import Testing
@testable import RelationsKit

/// Message wording of the real67–74 round, read as classes. Invented sentences only, with near-misses that must not change.
///
/// A sentence that refers back to the message by its noun and a verb of marking gives its occasion ("A sent a letter to B.
/// The letter marks the 30th anniversary of ..."). A sender the reference does not
/// know keeps the Turkish letters the text writes ("Binali Yıldırım"). A phrase that opens the sentence and names only the
/// medium ("In separate messages, A congratulated B and C") leaves the verb after it to report, with every addressee; and
/// "congratulated the people of X" is to X, as the guide has it, also where the article announced X's leader as the addressee
/// (a people after a participle of the message, "sent messages wishing the people of X peace", still stands for that leader).
/// The states that name a body ("the Belarus-Russia Union State", "the Union State of Belarus and Russia") are part of a
/// title's body: they neither send nor receive, and the list of titled recipients goes on past them. The anniversary of a
/// state's Victory ("the 76th anniversary of the Soviet Union's Victory") is Victory Day, as the anniversary of the Victory is.
/// A congratulation with no occasion, told after greetings between the same pair on one, is those greetings told again.
@Suite("extraction: messages, real74")
struct Real74MessageTests: WireCopyProbe {

    @Test func theNextSentenceGivesTheLettersOccasion() {
        let text = """
        Relations have grown stronger, said President of Azerbaijan Ilham Aliyev in his letter addressed to his Russian counterpart Vladimir Putin.

        The letter marks the 30th anniversary of the establishment of diplomatic relations between the two countries.
        """
        #expect(messages(text, date: "2022-04-04") == ["Ilham Aliyev → Vladimir Putin letter anniversary"])
    }

    @Test func aDedicatedMessageTakesItsHoliday() {
        let text = "President Shavkat Mirziyoyev of Uzbekistan sent a message to President Kassym-Jomart Tokayev of Kazakhstan. The message was dedicated to Independence Day."
        #expect(messages(text, date: "2022-12-16") == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev letter Independence Day"])
    }

    @Test func aNextSentenceOfOtherThingsGivesNoOccasion() {
        // The letter's content, and a sentence that does not open with the letter, are no occasion (the next paragraph's, as the
        // paragraph's own occasion would be).
        let reads = """
        President of Azerbaijan Ilham Aliyev sent a letter to Russian President Vladimir Putin.

        The letter reads that the 30th anniversary of diplomatic relations is near.
        """
        #expect(messages(reads, date: "2022-04-04") == ["Ilham Aliyev → Vladimir Putin letter -"])
        let other = """
        President of Azerbaijan Ilham Aliyev sent a letter to Russian President Vladimir Putin.

        Baku marks the 30th anniversary of diplomatic relations.
        """
        #expect(messages(other, date: "2022-04-04") == ["Ilham Aliyev → Vladimir Putin letter -"])
    }

    @Test func aNewSenderKeepsTheTurkishLettersOfHisName() {
        let found = messages("Turkish Prime Minister Binali Yıldırım sent a message of condolence to his Russian counterpart Dmitry Medvedev.", date: "2018-03-26")
        #expect(found == ["Binali Yıldırım → Dmitry Medvedev condolence -"])
    }

    @Test func aKnownPersonIsStillReadThroughTheTurkishLetters() {
        // "İlham Əliyev" is the reference's Ilham Aliyev, whatever the copy's letters.
        let found = messages("President of Azerbaijan İlham Əliyev sent a congratulatory letter to Russian President Vladimir Putin.", date: "2018-06-12")
        #expect(found == ["Ilham Aliyev → Vladimir Putin congratulation -"])
    }

    @Test func aFrontedMediumLeavesTheVerbToReport() {
        let found = messages("In separate messages, Iranian President Hassan Rouhani congratulated Tajik President Emomali Rahmon and Azerbaijani President Ilham Aliyev on Nowruz.", date: "2021-03-21")
        #expect(found == ["Hassan Rouhani → Emomali Rahmon congratulation Nowruz", "Hassan Rouhani → Ilham Aliyev congratulation Nowruz"])
        let leaders = messages("In his message, Iranian President Hassan Rouhani congratulated the leaders of Afghanistan, Pakistan and Iraq on Nowruz.", date: "2021-03-21")
        #expect(leaders == ["Hassan Rouhani → AFG congratulation Nowruz", "Hassan Rouhani → PAK congratulation Nowruz", "Hassan Rouhani → IRQ congratulation Nowruz"])
    }

    @Test func aFrontedPhraseWithAnAddresseeIsReadAsItStands() {
        // "In his message to B, A wrote ..." names the addressee in the phrase itself.
        let found = messages("In his message to Tajik President Emomali Rahmon, Iranian President Hassan Rouhani wished him success.", date: "2021-03-21")
        #expect(found == ["Hassan Rouhani → Emomali Rahmon letter -"])
    }

    @Test func thePeopleCongratulatedAreTheirCountry() {
        let text = """
        President Sadyr Japarov of Kyrgyzstan has received messages on Independence Day.

        In his message, Belarusian leader Alexander Lukashenko congratulated the people of Kyrgyzstan on the national holiday.
        """
        #expect(messages(text, date: "2021-08-31") == ["Alexander Lukashenko → KGZ congratulation Independence Day"])
    }

    static let unityLead = "MINSK, 12 June (BelTA) - Belarus President Alexander Lukashenko has congratulated Russia's President Vladimir Putin on Russia Day.\n\n"

    @Test func statesBeforeABodysNameAreNoRecipients() {
        let text = Self.unityLead + "Congratulatory messages have also been sent to Chairman of the Council of Ministers of the Belarus-Russia Union State, Russian Prime Minister Dmitry Medvedev, Chairperson of the Federation Council of the Federal Assembly of Russia Valentina Matviyenko, Chairman of the Parliamentary Assembly of the Belarus-Russia Union State, Chairman of the State Duma of the Federal Assembly of Russia Vyacheslav Volodin."
        #expect(messages(text, date: "2018-06-12") == ["Alexander Lukashenko → Vladimir Putin congratulation national holiday",
                                                       "Alexander Lukashenko → Dmitry Medvedev congratulation national holiday",
                                                       "Alexander Lukashenko → Valentina Matviyenko congratulation national holiday",
                                                       "Alexander Lukashenko → Vyacheslav Volodin congratulation national holiday"])
    }

    @Test func statesClosingABodysNameBelongToTheTitle() {
        let text = Self.unityLead + "Congratulatory messages were also sent to Chairperson of the Federation Council Valentina Matviyenko and Chairman of the State Duma, Chairman of the Parliamentary Assembly of the Union State of Belarus and Russia Vyacheslav Volodin."
        #expect(messages(text, date: "2018-06-12") == ["Alexander Lukashenko → Vladimir Putin congratulation national holiday",
                                                       "Alexander Lukashenko → Valentina Matviyenko congratulation national holiday",
                                                       "Alexander Lukashenko → Vyacheslav Volodin congratulation national holiday"])
    }

    @Test func aPairOfStatesThatNamesNoBodyIsReadAsEver() {
        // "the Belarus-Russia talks" names no organisation: the pair is read as any pair of states is.
        let text = "Belarus President Alexander Lukashenko sent messages to the presidents of Kazakhstan and Armenia after the Belarus-Russia talks."
        #expect(messages(text, date: "2018-06-12") == ["Alexander Lukashenko → Nursultan Nazarbayev letter -", "Alexander Lukashenko → Armen Sarkissian letter -"])
    }

    @Test func theAnniversaryOfAStatesVictoryIsVictoryDay() {
        let text = "Russian President Vladimir Putin has sent messages to the leaders of Armenia and Belarus, congratulating them on the 76th anniversary of the Soviet Union's Victory in the Great Patriotic War."
        #expect(messages(text, date: "2021-05-08") == ["Vladimir Putin → ARM congratulation Victory Day", "Vladimir Putin → BLR congratulation Victory Day"])
        // A state's victory in anything else is no holiday; and an "anniversary of" that closes the sentence reads nothing past it.
        let cup = "Russian President Vladimir Putin sent a message to Armenian Prime Minister Nikol Pashinyan on the 30th anniversary of Armenia's victory in the football cup."
        #expect(messages(cup, date: "2021-05-08") == ["Vladimir Putin → Nikol Pashinyan letter anniversary"])
        let cut = "Russian President Vladimir Putin sent a message to Armenian Prime Minister Nikol Pashinyan on the anniversary of"
        #expect(messages(cut, date: "2021-05-08").count <= 1)
    }

    @Test func aCongratulationToldAgainIsTheGreetings() {
        let text = """
        Russian President Vladimir Putin has sent New Year greetings to Armenian President Robert Kocharian.

        Kocharian's office said on Friday that Putin wished him good health in a congratulatory message.
        """
        #expect(messages(text, date: "2019-12-27") == ["Vladimir Putin → Robert Kocharyan greeting New Year"])
        // A congratulation on an occasion of its own is another message.
        let other = """
        Russian President Vladimir Putin has sent New Year greetings to Armenian President Robert Kocharian.

        In August Putin congratulated Kocharian on his birthday in a congratulatory message.
        """
        #expect(messages(other, date: "2019-12-27") == ["Vladimir Putin → Robert Kocharyan greeting New Year", "Vladimir Putin → Robert Kocharyan congratulation birthday"])
    }
}
