-- Hearth's private test and demo servers load this on their pubsub
-- components. Prosody 0.12 lets only admins create nodes there, while the
-- public servers that host communities let their users create them. This
-- grants the "create" action, and nothing else, to users of the parent host;
-- whoever creates a node becomes its owner as usual. Users are never made
-- admins, so every other access check stays Prosody's own.
local jid_split = require "util.jid".split;

local parent_host = module:get_option_string("hearth_parent_host", (module.host:match("^[^.]+%.(.+)$")));
local pubsub = module:depends("pubsub");

local function wrap(service)
	local original = service.config.get_affiliation;
	service.config.get_affiliation = function (jid, node, action)
		local affiliation = original(jid, node, action);
		if affiliation then return affiliation; end
		if action == "create" then
			local _, host = jid_split(jid);
			if host == parent_host then return "owner"; end
		end
	end
end

wrap(pubsub.service);
module:log("info", "users of %s may create nodes on %s", tostring(parent_host), module.host);
