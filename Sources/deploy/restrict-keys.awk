# Puts "restrict,pty" before every public key in an authorized_keys file, so that the key itself
# allows nothing but a terminal (no forwarding, agent, X11, ~/.ssh/rc or command of its own),
# whatever sshd's settings say. A key that already has options keeps them after these.
#   awk -f restrict-keys.awk clinic-keys.pub > authorized_keys
/^[[:space:]]*(#|$)/ { next }
/^(ssh-|ecdsa-|sk-)/ { print "restrict,pty " $0; next }
{ print "restrict,pty," $0 }
