# /language in a group: the group's own language (only its admins may set it).
# The other /language messages are in bot.ftl.

language-group-current = In this group I speak <b>{ $language }</b>: replies to commands and watch parties. Pick another language for the group:
language-group-current-auto = In this group I answer everyone in their own language. Pick one language for the whole group:
language-group-auto = 🌐 Each person’s own
language-group-admins-only = Only the group’s admins can change its language. To change your own, send /language to me in a private chat.
language-group-saved-toast = Group language saved
