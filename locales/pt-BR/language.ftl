language-group-current = Neste grupo eu falo <b>{ $language }</b>: nas respostas aos comandos e nas sessões em grupo. Escolha outro idioma para o grupo:
language-group-current-auto = Neste grupo eu respondo cada pessoa no idioma dela. Escolha um idioma para o grupo todo:
language-group-auto = 🌐 O de cada pessoa
language-group-admins-only = Só os administradores do grupo podem mudar o idioma dele. Para mudar o seu, me envie /language em um chat privado.
language-group-saved-toast = Idioma do grupo salvo
