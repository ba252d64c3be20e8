-- Writes N Movim-shaped microblog entries straight into a stopped private
-- Prosody's store for one PEP node, with Prosody's own serializer
-- (util.datamanager), oldest first. Publishing them one by one would take
-- hours: Prosody's file store rewrites a node's whole list per publish.
--   lua5.4 seed_pubsub_items.lua DATA_DIR HOST USER NODE COUNT
package.path = "/usr/lib/prosody/?.lua;" .. package.path
package.cpath = "/usr/lib/prosody/?.so;" .. package.cpath
local dm = require "util.datamanager"
local st = require "util.stanza"
local datetime = require "util.datetime"

local data, host, user, node, count = arg[1], arg[2], arg[3], arg[4], tonumber(arg[5])
assert(data and host and user and node and count, "usage: DATA_DIR HOST USER NODE COUNT")
dm.set_data_path(data)
local owner = user .. "@" .. host
local words = { "climbing", "bread", "xmpp", "river", "garden", "music", "mountain", "coffee" }
local start = os.time() - count * 97 - 60
local items = {}
for i = 1, count do
	local id = "bench-" .. i
	local when = start + i * 97
	local word = words[i % #words + 1]
	local entry = st.stanza("entry", { xmlns = "http://www.w3.org/2005/Atom" })
		:text_tag("id", id)
		:text_tag("title", "Post " .. i .. " about " .. word)
		:tag("author"):text_tag("name", user):text_tag("uri", "xmpp:" .. owner):up()
		:tag("link", { rel = "alternate", href = "xmpp:" .. owner .. "?;node=" .. node .. ";item=" .. id }):up()
		:tag("link", { rel = "replies", title = "comments",
			href = "xmpp:comments." .. host .. "?;node=urn:xmpp:microblog:0:comments/" .. id }):up()
		:tag("content", { type = "xhtml" })
			:tag("div", { xmlns = "http://www.w3.org/1999/xhtml" })
				:tag("p"):text("Some words on "):tag("strong"):text(word):up()
				:text(", with enough of a paragraph to look like a real post on a real blog."):up()
			:up()
		:up()
		:text_tag("content", "Some words on **" .. word .. "**, with enough of a paragraph to look like a real post. #" .. word,
			{ type = "text" })
		:text_tag("published", datetime.datetime(when))
		:tag("category", { term = word }):up()
		:text_tag("updated", datetime.datetime(when))
	local value = st.preserialize(entry)
	value.key = id
	value.when = when
	value.with = owner
	value.attr.stamp = datetime.datetime(when)
	items[i] = value
end
assert(dm.list_store(user, host, "pep_" .. node, items))
