package starman.settings;

import java.io.IOException;
import starman.listenbrainz.ApiToken;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListenBrainzException;
import starman.listenbrainz.TokenStatus;
import starman.listenbrainz.UserName;

/**
 * What a person typed on the settings screen, checked before a sync starts: the user name and token by their
 * form first (no request for an empty name), then by ListenBrainz (the token must be valid and belong to that
 * user, the user must exist). Every problem is one sentence for the person.
 */
public final class AccountCheck {
    public static final String BAD_TOKEN = "ListenBrainz does not accept this token; copy it again from your"
            + " ListenBrainz settings page.";

    /** The tidied name and token (empty: none) and the problem, null when ListenBrainz accepted both. */
    public record Result(String user, String token, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private AccountCheck() {
    }

    /** @throws IOException only when interrupted; ListenBrainz's refusals and outages become the problem */
    public static Result check(ListenBrainzClient api, String typedUser, String typedToken) throws IOException {
        UserName.Checked user = UserName.check(typedUser);
        ApiToken.Checked token = ApiToken.check(typedToken);
        if (!user.ok() || !token.ok()) {
            return new Result(user.name(), token.token(), user.ok() ? token.problem() : user.problem());
        }
        try {
            if (!token.token().isEmpty()) {
                TokenStatus status = api.validateToken(token.token());
                if (!status.valid()) {
                    return new Result(user.name(), token.token(), BAD_TOKEN);
                }
                if (status.userName() != null && !status.userName().equalsIgnoreCase(user.name())) {
                    return new Result(user.name(), token.token(), "This token belongs to '" + status.userName()
                            + "', not to '" + user.name() + "'.");
                }
            }
            api.listenCount(user.name());
            return new Result(user.name(), token.token(), null);
        } catch (ListenBrainzException e) {
            return new Result(user.name(), token.token(), e.getMessage());
        }
    }
}
