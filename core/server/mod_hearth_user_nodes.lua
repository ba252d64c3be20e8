-- Hearth's private test and demo servers load this on their pubsub
-- components. Prosody 0.12 lets only admins create nodes there, while the
-- public servers that host communities let their users create them. This
-- grants the "create" action, and nothing else, to users of the parent host;
-- whoever creates a node becomes its owner as usual. Users are never made
-- admins, so every other access check stays Prosody's own. It also lets
-- nodes use the "authorize" access model (see below).
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

-- The "authorize" access model (XEP-0060 §4.5), which Prosody 0.12 refuses
-- and community servers such as ejabberd offer: anyone may ask to subscribe,
-- the request waits ("pending") and nothing can be read until the owner
-- makes the asker a member. Checked as "whitelist" otherwise.
local function allow_authorize(service)
	local check = service.config.check_node_config;
	if not check then return; end
	service.config.check_node_config = function (node, actor, new_config)
		if new_config["access_model"] ~= "authorize" then
			return check(node, actor, new_config);
		end
		local copy = {};
		for k, v in pairs(new_config) do copy[k] = v; end
		copy["access_model"] = "whitelist";
		return check(node, actor, copy);
	end
end

local st = require "util.stanza";
local jid_bare = require "util.jid".bare;
local xmlns_pubsub = "http://jabber.org/protocol/pubsub";

-- A subscribe request to an authorize node from someone who is not yet a
-- member: stored, and answered "pending" (§6.1.2.3) instead of Prosody's
-- "subscribed".
local authorize_enabled = module:get_option_boolean("hearth_authorize", true);

-- (mod_pubsub answers on "iq/host/…": hooked there, before it.)
module:hook("iq/host/" .. xmlns_pubsub .. ":pubsub", function (event)
	if not authorize_enabled then return; end
	local origin, stanza = event.origin, event.stanza;
	if stanza.attr.type ~= "set" then return; end
	local subscribe = stanza.tags[1]:get_child("subscribe");
	if not subscribe then return; end
	local service = pubsub.service;
	local node, jid = subscribe.attr.node, subscribe.attr.jid;
	local node_obj = node and service.nodes[node];
	if not (node_obj and jid) or node_obj.config.access_model ~= "authorize" then return; end
	local affiliation = node_obj.affiliations[jid_bare(jid)] or node_obj.affiliations[jid];
	if affiliation == "member" or affiliation == "publisher" or affiliation == "owner" then return; end
	if jid_bare(jid) ~= jid_bare(stanza.attr.from) then return; end
	local ok, err = service:add_subscription(node, stanza.attr.from, jid);
	if not ok then
		origin.send(st.error_reply(stanza, "auth", "forbidden", tostring(err)));
		return true;
	end
	origin.send(st.reply(stanza):tag("pubsub", { xmlns = xmlns_pubsub })
		:tag("subscription", { node = node, jid = jid, subscription = "pending" }));
	return true;
end, 10);

wrap(pubsub.service);
if authorize_enabled then allow_authorize(pubsub.service); end
module:log("info", "users of %s may create nodes on %s (authorize access: %s)", tostring(parent_host), module.host,
	tostring(authorize_enabled));
