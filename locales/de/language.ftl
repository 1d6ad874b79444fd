language-group-current = In dieser Gruppe spreche ich <b>{ $language }</b>: bei Antworten auf Befehle und bei Watchpartys. Wähle eine andere Sprache für die Gruppe:
language-group-current-auto = In dieser Gruppe antworte ich allen in ihrer eigenen Sprache. Wähle eine Sprache für die ganze Gruppe:
language-group-auto = 🌐 Jede Person ihre eigene
language-group-admins-only = Nur die Admins der Gruppe können ihre Sprache ändern. Deine eigene Sprache stellst du mit /language in einem privaten Chat mit mir ein.
language-group-saved-toast = Gruppensprache gespeichert
