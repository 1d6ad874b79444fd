language-group-current = In questo gruppo parlo <b>{ $language }</b>: nelle risposte ai comandi e nelle serate insieme. Scegli un’altra lingua per il gruppo:
language-group-current-auto = In questo gruppo rispondo a ciascuno nella sua lingua. Scegli una lingua per tutto il gruppo:
language-group-auto = 🌐 Quella di ciascuno
language-group-admins-only = Solo gli amministratori del gruppo possono cambiarne la lingua. Per cambiare la tua, mandami /language in chat privata.
language-group-saved-toast = Lingua del gruppo salvata
