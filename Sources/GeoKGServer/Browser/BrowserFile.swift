import HTTPTypes
import Hummingbird
import NIOCore

/// The browser view's three files, served with a content security policy that lets the page run its own script
/// and nothing else.
enum BrowserFile {
    case page, script, style

    /// The policy: only this server's script and style, no inline code, no plugins, no framing.
    static let securityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    /// The file as a response.
    var response: Response {
        let (type, text) =
            switch self {
            case .page: ("text/html; charset=utf-8", BrowserPage.html)
            case .script: ("text/javascript; charset=utf-8", BrowserScript.text)
            case .style: ("text/css; charset=utf-8", BrowserStyle.text)
            }
        return Response(
            status: .ok,
            headers: [
                .contentType: type, .contentSecurityPolicy: Self.securityPolicy, .xContentTypeOptions: "nosniff",
                .cacheControl: "no-cache",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
