language-group-current = En este grupo hablo <b>{ $language }</b>: al responder a los comandos y en las sesiones en grupo. Elige otro idioma para el grupo:
language-group-current-auto = En este grupo respondo a cada persona en su propio idioma. Elige un idioma para todo el grupo:
language-group-auto = 🌐 El de cada persona
language-group-admins-only = Solo los administradores del grupo pueden cambiar su idioma. Para cambiar el tuyo, envíame /language en un chat privado.
language-group-saved-toast = Idioma del grupo guardado
