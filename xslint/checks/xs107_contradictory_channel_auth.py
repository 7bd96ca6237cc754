"""XS107 contradictory-channel-auth: retired; it never reports anything.

It reported `anonymous_clients: true` together with `auth_channel: true`. Xano's
channel-permission docs describe exactly that pair as intended: anyone may
connect, and only authenticated clients may exchange messages (the engine
stores `auth_channel` as `client_authenticated_messaging`). The code stays
reserved so that configurations and suppressions naming it keep working;
`--select XS107` is accepted and selects nothing that can fire. The reasons
are in rules/contradictory-channel-auth.md.
"""

from __future__ import annotations

from xslint.catalog import BY_CODE

RULE = BY_CODE["XS107"]
