import Testing
@testable import RelationsKit

/// Messages, the real37–real40 round: the national holiday as a class of wording. A day named for the state's own being
/// ("Statehood Day", "Sovereignty Day", "Unity Day"), in whatever place the report puts it, and a state's national day in small
/// letters under its possessive ("Kyrgyzstan's national day", "the country's national day"). Invented sentences (other
/// countries, people and years than the development items), with near-misses that must not fire.
@Suite("extraction: real37–40 round, messages")
struct Real40MessageTests: WireCopyProbe {
    // MARK: A day named for the state's own being is a national holiday

    /// The day after the cue of cause ("on", "on the occasion of", "with"), before the message word ("a Statehood Day message"),
    /// in a passive, with the sender's office before the name, or in the lead when the message's own sentence names none.
    @Test(arguments: [
        ("TASHKENT, 3 May 2022. Shavkat Mirziyoyev sent congratulations to Sadyr Japarov on the occasion of Statehood Day.",
         "Shavkat Mirziyoyev → Sadyr Japarov congratulation national holiday"),
        ("DUSHANBE, 9 June 2021. Emomali Rahmon has sent a Sovereignty Day message of greetings to Kassym-Jomart Tokayev.",
         "Emomali Rahmon → Kassym-Jomart Tokayev greeting national holiday"),
        ("BISHKEK, 4 November 2022. Sadyr Japarov was congratulated on Unity Day by Ilham Aliyev in a telegram.",
         "Ilham Aliyev → Sadyr Japarov congratulation national holiday"),
        ("YEREVAN, 12 June 2023. President of Tajikistan Emomali Rahmon sent a congratulatory telegram to Nikol Pashinyan with Statehood Day.",
         "Emomali Rahmon → Nikol Pashinyan congratulation national holiday"),
        ("MINSK, 16 March 2024. Kassym-Jomart Tokayev congratulated Alexander Lukashenko on Statehood Day.\n\nIn his letter, the Kazakh "
            + "leader wished the people of Belarus peace and prosperity.",
         "Kassym-Jomart Tokayev → Alexander Lukashenko congratulation national holiday"),
    ])
    func aDayNamedForTheStateIsANationalHoliday(body: String, message: String) {
        #expect(messages(body, date: nil) == [message])
    }

    /// "The Day of Statehood" in the other order stays the national holiday it was.
    @Test func theDayOfStatehoodInTheOtherOrder() {
        let body = "BAKU, 2 July 2021. Ilham Aliyev sent a letter of greetings to Shavkat Mirziyoyev on the Day of Statehood."
        #expect(messages(body, date: nil) == ["Ilham Aliyev → Shavkat Mirziyoyev greeting national holiday"])
    }

    // MARK: A state's possessive says whose national day it is

    /// The owner by its name or as "the country", "the republic"; in the message's own sentence or in the lead over it.
    @Test(arguments: [
        ("BISHKEK, 31 August 2020. Ilham Aliyev sent a congratulatory message to Sooronbay Jeenbekov on Kyrgyzstan's national day.",
         "Ilham Aliyev → Sooronbay Jeenbekov congratulation national holiday"),
        ("TASHKENT, 1 September 2019. Emomali Rahmon has conveyed greetings to the Uzbek people on the anniversary of the republic's national "
            + "day.\n\nIn a message to Shavkat Mirziyoyev, Rahmon wished the country peace.",
         "Emomali Rahmon → Shavkat Mirziyoyev greeting national holiday"),
        ("ASTANA, 16 December 2022. Sadyr Japarov has offered congratulations to the nation and government of Kazakhstan on the country's "
            + "national day.\n\nIn a Friday message to Kassym-Jomart Tokayev, Japarov called for closer trade.",
         "Sadyr Japarov → Kassym-Jomart Tokayev congratulation national holiday"),
    ])
    func aPossessiveSaysWhoseNationalDayItIs(body: String, message: String) {
        #expect(messages(body, date: nil) == [message])
    }

    // MARK: Titles stacked before a name the tables do not know are that person's

    /// Offices joined by commas and "and", of a state and of a place in it, before a full name the reference does not list: the
    /// person is the recipient, not the state the titles name; with the condolence's "which reads:", the occasion after it, or a
    /// verb of congratulating instead of "to".
    @Test(arguments: [
        ("ASTANA, 14 May 2022. Kassym-Jomart Tokayev sent a letter of condolences to the Vice President, Prime Minister of Oman and Ruler "
            + "of Sohar Sheikh Harith bin Salim Al Busaidi, which reads:",
         "Kassym-Jomart Tokayev → Harith bin Salim Al Busaidi condolence -"),
        ("TASHKENT, 2 March 2021. Shavkat Mirziyoyev sent a congratulatory message to the Crown Prince and Prime Minister of Bahrain Salman "
            + "bin Hamad Al Khalifa on his birthday.",
         "Shavkat Mirziyoyev → Salman bin Hamad Al Khalifa congratulation birthday"),
        ("BAKU, 20 June 2023. Ilham Aliyev has sent a telegram of condolence to the Deputy Prime Minister, Minister of Foreign Affairs of "
            + "Qatar Nasser bin Faisal Al Thani.",
         "Ilham Aliyev → Nasser bin Faisal Al Thani condolence -"),
        ("MINSK, 3 July 2020. Alexander Lukashenko sent a message to the First Deputy Prime Minister and Minister of Energy of Qatar, "
            + "Honorable Nasser bin Faisal Al Thani, on his birthday.",
         "Alexander Lukashenko → Nasser bin Faisal Al Thani letter birthday"),
    ])
    func stackedTitlesBeforeAnUnknownNameAreThatPersons(body: String, message: String) {
        #expect(messages(body, date: nil) == [message])
    }

    /// A single title before the name is the tables' to resolve; a stack of titles that no name closes is the state's; a style
    /// of address before a person the tables know is no part of a new name.
    @Test(arguments: [
        ("ASTANA, 14 May 2022. Kassym-Jomart Tokayev sent a letter of condolences to the President of the Republic of Uzbekistan, "
            + "Honorable Shavkat Mirziyoyev, which reads:",
         "Kassym-Jomart Tokayev → Shavkat Mirziyoyev condolence -"),
        ("ASTANA, 14 May 2022. Kassym-Jomart Tokayev sent a letter of condolences to the President of Uzbekistan Shavkat Mirziyoyev.",
         "Kassym-Jomart Tokayev → Shavkat Mirziyoyev condolence -"),
        ("ASTANA, 14 May 2022. Kassym-Jomart Tokayev sent a letter of condolences to the Vice President, Prime Minister and people of Oman.",
         "Kassym-Jomart Tokayev → OMN condolence -"),
    ])
    func aSingleTitleOrNoNameIsNotStacked(body: String, message: String) {
        #expect(messages(body, date: "2022-05-14") == [message])
    }

    // MARK: Near-misses

    /// A national day of something else keeps no occasion, whoever's it is.
    @Test func theCountrysNationalDayOfMourningIsNoOccasion() {
        let body = "ASTANA, 10 January 2022. Shavkat Mirziyoyev sent a letter to Kassym-Jomart Tokayev on the country's national day of mourning."
        #expect(messages(body, date: nil) == ["Shavkat Mirziyoyev → Kassym-Jomart Tokayev letter -"])
    }

    /// Congratulations on Statehood Day said by telephone or at a reception are no message.
    @Test(arguments: [
        "MINSK, 3 July 2021. Kassym-Jomart Tokayev congratulated Alexander Lukashenko by telephone on Statehood Day.",
        "MINSK, 3 July 2021. At the reception on Unity Day, Kassym-Jomart Tokayev congratulated Alexander Lukashenko.",
    ])
    func aStatehoodDaySpokenOfIsNoMessage(body: String) {
        #expect(messages(body, date: nil).isEmpty)
    }

    /// A world day is no state's holiday.
    @Test func aWorldDayIsNoNationalHoliday() {
        let body = "GENEVA, 5 June 2022. Kassym-Jomart Tokayev sent a message to Shavkat Mirziyoyev on World Environment Day."
        #expect(messages(body, date: nil).allSatisfy { !$0.hasSuffix("national holiday") })
    }
}
